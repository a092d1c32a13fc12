package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.analysis.SkeletonRuns.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonRunsTest {
    @Test
    void skeletonAlternatesLiteralTextAndSlots() {
        assertEquals(List.of(new Run("Write a ", true), new Run("{…}", false), new Run(" function that ", true),
                new Run("{…}", false)), SkeletonRuns.ofSkeleton("Write a {…} function that {…}"));
    }

    @Test
    void promptWordsFoundInTheSkeletonAreLiteralAndTheRestFillSlots() {
        List<Run> runs = SkeletonRuns.ofPrompt("Write a Rust function that sorts 12 numbers.",
                "Write a {…} function that {…}");
        assertEquals(List.of(new Run("Write a ", true), new Run("Rust", false), new Run(" function that ", true),
                new Run("sorts 12 numbers.", false)), runs);
        assertEquals("Write a Rust function that sorts 12 numbers.",
                runs.stream().map(Run::text).reduce("", String::concat));
    }

    @Test
    void comparesWordsIgnoringCaseDigitsAndPunctuation() {
        assertEquals(List.of(new Run("LOG line 42, please", true)),
                SkeletonRuns.ofPrompt("LOG line 42, please", "log line 7 please"));
    }
}
