package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelTest {
    @TempDir
    Path dir;

    private static TopicModel small() {
        int buckets = 1 << 8;
        float[] w = new float[buckets * 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) / 7f - 0.5f;
        }
        return new TopicModel("test", "a hand-made model", 8, List.of(Topic.CODING, Topic.GENERAL), w,
                new float[] {0.1f, -0.1f}, new float[buckets], -1f);
    }

    @Test
    void writesAndReadsTheSameBytes() {
        TopicModel m = small();
        Path file = dir.resolve("m.bin");
        m.write(file, false);
        TopicModel back = TopicModel.load(file);
        assertArrayEquals(m.bytes(), back.bytes());
        assertEquals(m.sha256(), back.sha256());
        assertEquals(List.of(Topic.CODING, Topic.GENERAL), back.topics());
        assertEquals("test", back.name());
    }

    @Test
    void refusesAFileThatIsNotAModelNamingIt() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, this is not a model at all");
        TopicModelException e = assertThrows(TopicModelException.class, () -> TopicModel.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("not a Hydrascope topic "
                + "model"), e.getMessage());
    }

    @Test
    void refusesATruncatedModel() throws Exception {
        byte[] bytes = small().bytes();
        Path file = dir.resolve("cut.bin");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        TopicModelException e = assertThrows(TopicModelException.class, () -> TopicModel.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void theBuiltInModelKnowsEveryBuiltInTopic() {
        TopicModel m = TopicModel.builtIn();
        assertEquals(Topic.BUILT_IN.size(), m.topics().size());
        assertTrue(m.topics().containsAll(Topic.BUILT_IN));
        assertTrue(m.isBuiltIn());
        assertTrue(m.bytes().length <= 20 * 1024 * 1024, "the shipped model stays within 20 MB");
    }
}
