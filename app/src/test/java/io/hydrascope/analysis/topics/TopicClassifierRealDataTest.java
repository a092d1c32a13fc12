package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.RealData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The built-in model on prompts it was not trained on: the test split (one prompt in five, by a hash of its text) of
 * the public prompt sets in {@code shared/realdata} (skipped when absent) and of the project's own labelled prompts
 * in twelve languages. The figures are published as report entries.
 */
class TopicClassifierRealDataTest {
    private static final TopicClassifier CLASSIFIER = TopicClassifier.builtIn();
    private static final Path TRAINING = Path.of("training", "topics");

    private static TopicEvaluation evaluate(List<LabelledPrompt> prompts) {
        TopicEvaluation e = new TopicEvaluation();
        for (LabelledPrompt p : prompts) {
            if (p.isTest()) {
                Classification c = CLASSIFIER.classify(p.text());
                e.add(p.topic(), c.topic(), p.chainOfThought(), c.chainOfThought());
            }
        }
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PublicPromptSet.class)
    void agreesWithTheHeldOutPromptsOfEachPublicSet(PublicPromptSet set, TestReporter reporter) {
        Path realdata = RealData.file(set.file()).getParent().getParent();
        Map<String, PublicPromptSet.RowLabel> labels = PublicPromptSet.readRowLabels(
                TRAINING.resolve("realdata-labels.csv"));
        TopicEvaluation e = evaluate(set.read(realdata, labels));
        org.junit.jupiter.api.Assumptions.assumeTrue(e.total() > 0, set + " has no prompt in the test split");
        reporter.publishEntry(set.toString(), String.format("%d held-out prompts, accuracy %.3f, "
                + "coding/reasoning/general %.3f", e.total(), e.accuracy(), e.mappedAccuracy()));
        double bound = set.topic() == null ? 0.70 : 0.90;
        assertTrue(e.accuracy() >= bound, () -> set + ": " + e.format());
    }

    @Test
    void agreesWithTheHeldOutPromptsOfEveryLanguage(TestReporter reporter) {
        Map<String, List<LabelledPrompt>> byLanguage = new TreeMap<>();
        for (LabelledPrompt p : TrainingFiles.read(TRAINING)) {
            byLanguage.computeIfAbsent(p.language(), k -> new java.util.ArrayList<>()).add(p);
        }
        assertTrue(byLanguage.keySet().containsAll(List.of("ar", "de", "en", "es", "fr", "it", "ja", "ko", "pt", "ru",
                "th", "zh")), byLanguage.keySet().toString());
        StringBuilder failures = new StringBuilder();
        byLanguage.forEach((language, prompts) -> {
            TopicEvaluation e = evaluate(prompts);
            reporter.publishEntry(language, String.format("%d held-out prompts, accuracy %.3f, "
                    + "coding/reasoning/general %.3f, chain-of-thought %.3f", e.total(), e.accuracy(),
                    e.mappedAccuracy(), e.chainOfThoughtAccuracy()));
            if (e.mappedAccuracy() < 0.75 || e.chainOfThoughtAccuracy() < 0.75) {
                failures.append(language).append(":\n").append(e.format());
            }
        });
        assertTrue(failures.isEmpty(), failures::toString);
    }
}
