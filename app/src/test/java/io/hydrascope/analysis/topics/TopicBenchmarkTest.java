package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping; its timings are not asserted (they depend on the machine). */
class TopicBenchmarkTest {
    private static final TopicClassifier CLASSIFIER = TopicClassifier.builtIn();

    @Test
    void syntheticPromptsAreReproducibleBySeedAndAboutThreeHundredCharactersLong() {
        List<String> prompts = TopicBenchmark.syntheticPrompts(500, 42);
        assertEquals(prompts, TopicBenchmark.syntheticPrompts(500, 42));
        assertNotEquals(prompts, TopicBenchmark.syntheticPrompts(500, 43));
        double average = prompts.stream().mapToInt(String::length).average().orElseThrow();
        assertTrue(average > 250 && average < 400, "average length " + average);
    }

    @Test
    void countsEveryPromptAndCharacterOfEveryTimedRound() {
        List<String> prompts = TopicBenchmark.syntheticPrompts(100, 1);
        long chars = prompts.stream().mapToLong(String::length).sum();
        TopicBenchmark.Result result = TopicBenchmark.run(CLASSIFIER, prompts, 1, 3, new CancellationToken());
        assertEquals(300, result.prompts());
        assertEquals(3 * chars, result.characters());
        assertEquals(chars / 100.0, result.averageChars(), 1e-9);
        assertTrue(result.promptsPerSecond() > 0);
    }

    @Test
    void stopsWhenCancelled() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        List<String> prompts = TopicBenchmark.syntheticPrompts(10, 1);
        assertThrows(CancelledException.class, () -> TopicBenchmark.run(CLASSIFIER, prompts, 1, 1, cancel));
    }
}
