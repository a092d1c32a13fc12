package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsAnAnalystsPromptCsvWithOptionalCot() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "Prompt,Topic,cot\n\"Fix this, please:\nx = 1/0\",coding,false\nWhat is 2+2?,reasoning,\n");
        List<LabelledPrompt> read = TrainingFiles.read(csv);
        assertEquals(2, read.size());
        assertEquals("Fix this, please:\nx = 1/0", read.get(0).text());
        assertEquals(Boolean.FALSE, read.get(0).chainOfThought());
        assertNull(read.get(1).chainOfThought());
    }

    @Test
    void namesTheFileAndLineOfABadRow() throws Exception {
        Path jsonl = dir.resolve("x.jsonl");
        Files.writeString(jsonl, "{\"lang\":\"en\",\"topic\":\"coding\",\"cot\":false,\"text\":\"ok\"}\n"
                + "{\"lang\":\"en\",\"topic\":\"Not A Topic!\",\"cot\":false,\"text\":\"bad\"}\n");
        TopicModelException e = assertThrows(TopicModelException.class, () -> TrainingFiles.read(jsonl));
        assertTrue(e.getMessage().startsWith(jsonl + ":2: "), e.getMessage());
        Path csv = dir.resolve("y.csv");
        Files.writeString(csv, "text,label\nhello,general\n");
        e = assertThrows(TopicModelException.class, () -> TrainingFiles.read(csv));
        assertTrue(e.getMessage().contains("needs the columns prompt,topic"), e.getMessage());
    }

    @Test
    void splitsByTextAlone() {
        LabelledPrompt a = new LabelledPrompt("same text", Topic.CODING, null, "en", "one");
        LabelledPrompt b = new LabelledPrompt("same text", Topic.GENERAL, true, "de", "two");
        assertEquals(a.isTest(), b.isTest());
        assertEquals(a.isValidation(), b.isValidation());
        long test = java.util.stream.IntStream.range(0, 5000).filter(i -> new LabelledPrompt("prompt " + i,
                Topic.GENERAL, null, "en", "t").isTest()).count();
        assertTrue(test > 850 && test < 1150, "about one in five: " + test);
    }
}
