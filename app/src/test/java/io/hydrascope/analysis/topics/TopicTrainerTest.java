package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on a few made-up prompts: the smoke test of the training path (the real model is trained by a script). */
class TopicTrainerTest {
    private static final Topic COOKING = Topic.of("cooking");

    private static List<LabelledPrompt> data() {
        List<LabelledPrompt> out = new ArrayList<>();
        String[] foods = {"pasta", "soup", "bread", "curry", "salad", "cake", "rice", "stew", "pie", "tacos"};
        String[] langs = {"Python", "Java", "Rust", "Go", "Swift", "Kotlin", "C#", "Ruby", "PHP", "Scala"};
        for (int i = 0; i < 10; i++) {
            out.add(new LabelledPrompt("How long should I cook the " + foods[i] + " and at what heat?", COOKING,
                    false, "en", "test"));
            out.add(new LabelledPrompt("Give me a recipe for " + foods[i] + " with garlic. Show your reasoning step "
                    + "by step.", COOKING, true, "en", "test"));
            out.add(new LabelledPrompt("Write a " + langs[i] + " function that reverses a linked list.",
                    Topic.CODING, false, "en", "test"));
            out.add(new LabelledPrompt("Fix the bug in this " + langs[i] + " code: for (i = 0; i <= n; i++) x[i] = 0;",
                    Topic.CODING, null, "en", "test"));
        }
        return out;
    }

    private static TopicModel train(List<LabelledPrompt> data) {
        return new TopicTrainer().train(data, new TopicTrainer.Options(12, 8, "smoke", "test data", 0.5, 2),
                ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void learnsTopicsIncludingOnesOutsideTheBuiltInTaxonomy() {
        TopicClassifier c = new TopicClassifier(train(data()));
        assertEquals(List.of(Topic.CODING, COOKING), c.model().topics());
        assertEquals(COOKING, c.classify("How long do I cook the dumplings?").topic());
        assertEquals(Topic.CODING, c.classify("Write a Haskell function that reverses a list.").topic());
        assertTrue(c.classify("A recipe for lasagne please; show your reasoning step by step.").chainOfThought());
        assertFalse(c.classify("How long should I cook the lasagne?").chainOfThought());
    }

    @Test
    void theSamePromptsGiveTheSameBytes() {
        assertArrayEquals(train(data()).bytes(), train(data()).bytes());
    }

    @Test
    void needsTwoTopics() {
        List<LabelledPrompt> one = data().stream().filter(p -> p.topic().equals(COOKING)).toList();
        assertThrows(TopicModelException.class, () -> train(one));
    }
}
