package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.analysis.topics.RealPromptSet.Rendering;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Agreement with prompts written by other people, read in place from {@code shared/realdata} (skipped when absent).
 * Cues were tuned on at most the first 20% of each file; the rest is held out, and the thresholds are asserted on
 * the held-out part and on the whole file. Figures are published as report entries.
 */
class TopicClassifierRealDataTest {
    private static final TopicClassifier CLASSIFIER = TopicClassifier.builtIn();
    private static final double GOAL = 0.90;

    /** Agreement on the tuning part (first fifth) and on the held-out rest. */
    record Agreement(int tuningHits, int tuning, int heldOutHits, int heldOut) {
        static Agreement of(List<String> prompts, Predicate<Classification> hit) {
            int tuning = RealPromptSet.tuningCount(prompts.size());
            int tuningHits = 0;
            int heldOutHits = 0;
            for (int i = 0; i < prompts.size(); i++) {
                if (hit.test(CLASSIFIER.classify(prompts.get(i)))) {
                    if (i < tuning) {
                        tuningHits++;
                    } else {
                        heldOutHits++;
                    }
                }
            }
            return new Agreement(tuningHits, tuning, heldOutHits, prompts.size() - tuning);
        }

        double heldOutRate() {
            return heldOutHits / (double) heldOut;
        }

        double allRate() {
            return (tuningHits + heldOutHits) / (double) (tuning + heldOut);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tuning %d/%d, held-out %d/%d = %.3f, all %d/%d = %.3f", tuningHits,
                    tuning, heldOutHits, heldOut, heldOutRate(), tuningHits + heldOutHits, tuning + heldOut,
                    allRate());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RealPromptSet.class, names = {"GSM8K", "HUMANEVAL", "MBPP", "BFCL_LIVE_SIMPLE",
        "BFCL_LIVE_MULTIPLE", "BFCL_MULTI_TURN_BASE", "TOOLBENCH_G1", "TOOLBENCH_G2", "TOOLBENCH_G3",
        "GPTEACHER_TOOLFORMER"})
    void agreesWithTheTopicOfEachBenchmark(RealPromptSet set, TestReporter reporter) {
        Agreement a = Agreement.of(set.prompts(Rendering.REQUEST), c -> c.topic().equals(set.expected));
        reporter.publishEntry(set + " -> " + set.expected, a.toString());
        assertTrue(a.heldOutRate() >= GOAL, () -> set + " held-out agreement below " + GOAL + ": " + a);
        assertTrue(a.allRate() >= GOAL, () -> set + " agreement below " + GOAL + ": " + a);
    }

    /**
     * These instruction sets are mostly everyday tasks but not only: they also hold programming tasks, SQL and Excel
     * questions, arithmetic and table calculations, which rightly land elsewhere. The bounds sit a little below the
     * measured shares, which in review matched the sets' real mix (see app/docs/topics.md).
     */
    @ParameterizedTest(name = "{0} mostly general")
    @CsvSource({"SELF_INSTRUCT_USER_ORIENTED, 0.80", "ALPACA_SEED_TASKS, 0.80"})
    void classifiesMostOfTheMixedInstructionSetsAsGeneral(RealPromptSet set, double bound, TestReporter reporter) {
        Agreement a = Agreement.of(set.prompts(Rendering.REQUEST), c -> c.topic().equals(Topic.GENERAL));
        reporter.publishEntry(set + " -> general share", a.toString());
        assertTrue(a.heldOutRate() >= bound, () -> set + " held-out general share below " + bound + ": " + a);
        assertTrue(a.allRate() >= bound, () -> set + " general share below " + bound + ": " + a);
    }

    @Test
    void rarelyFlagsChainOfThoughtOnPlainBenchmarkQuestions(TestReporter reporter) {
        for (RealPromptSet set : List.of(RealPromptSet.GSM8K, RealPromptSet.MBPP, RealPromptSet.BFCL_LIVE_MULTIPLE)) {
            Agreement flagged = Agreement.of(set.prompts(Rendering.REQUEST), Classification::chainOfThought);
            reporter.publishEntry(set + " chain-of-thought flagged", flagged.toString());
            assertTrue(flagged.allRate() <= 0.02, () -> set + " flagged too often: " + flagged);
        }
    }

    /** The zero-shot chain-of-thought benchmark format: innocent, but exactly what the flag is for. */
    @Test
    void flagsZeroShotChainOfThoughtAndKeepsTheTopic(TestReporter reporter) {
        List<String> prompts = RealPromptSet.GSM8K.prompts(Rendering.REQUEST).stream()
                .map(q -> "Q: " + q + "\nA: Let's think step by step.").toList();
        Agreement flagged = Agreement.of(prompts, Classification::chainOfThought);
        Agreement topic = Agreement.of(prompts, c -> c.topic().equals(Topic.REASONING));
        reporter.publishEntry("GSM8K + \"Let's think step by step.\"", "flag " + flagged + "; reasoning " + topic);
        assertTrue(flagged.allRate() == 1.0, flagged::toString);
        assertTrue(topic.allRate() >= GOAL, topic::toString);
    }
}
