package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateIndexTest {
    private static final List<String> TASKS = List.of("parse a CSV file of invoices", "merge two sorted linked lists",
            "validate an IBAN", "rate limit an HTTP client", "compute a moving median", "diff two JSON documents",
            "schedule jobs with priorities", "tokenise arithmetic expressions", "cache DNS lookups",
            "resize images in bulk", "detect cycles in a graph", "format durations for humans");

    private static String templated(SplittableRandom r) {
        return "You are an expert software engineer. Write a complete, production-quality Python function to "
                + TASKS.get(r.nextInt(TASKS.size())) + ". Include type hints, docstrings and unit tests, and explain "
                + "the design decisions step by step before giving the final code.";
    }

    private static String chat(SplittableRandom r) {
        String[] words = "travel recipe garden holiday budget museum weather football guitar novel poem birthday "
                .concat("cat dog flight hotel train coffee tea bread jacket river mountain city lake").split(" ");
        StringBuilder sb = new StringBuilder("hey can you help me with");
        for (int i = 0; i < 12; i++) {
            sb.append(' ').append(words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }

    @Test
    void slotFilledPromptsOfOneTemplateBecomeOneDominantFamily() {
        TemplateIndex index = new TemplateIndex(10_000);
        SplittableRandom r = new SplittableRandom(1);
        Map<Integer, Integer> families = new HashMap<>();
        int templated = 0;
        for (int i = 0; i < 2_000; i++) {
            int key = index.observe(templated(r));
            if (key >= 0) {
                templated++;
                families.merge(index.family(key), 1, Integer::sum);
            }
        }
        int largest = families.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(templated > 1_900, "templated " + templated);
        assertTrue(largest > 0.8 * templated, "largest family " + largest + " of " + templated);
    }

    @Test
    void variedChatIsRarelyTakenForATemplate() {
        TemplateIndex index = new TemplateIndex(10_000);
        SplittableRandom r = new SplittableRandom(2);
        int inFamilies = 0;
        for (int i = 0; i < 2_000; i++) {
            if (index.observe(chat(r)) >= 0) {
                inFamilies++;
            }
        }
        assertTrue(inFamilies < 100, "chat prompts in families: " + inFamilies);
    }

    @Test
    void unrelatedTemplatesSharingAnOpeningAreNotMerged() {
        TemplateIndex index = new TemplateIndex(10_000);
        SplittableRandom r = new SplittableRandom(3);
        int coding = -1;
        int grading = -1;
        for (int i = 0; i < 500; i++) {
            int a = index.observe(templated(r));
            int b = index.observe("You are an expert software engineer. Grade the following answer on a scale of 1 "
                    + "to 10 against the rubric: accuracy, harmlessness, completeness. Answer " + r.nextInt(1000)
                    + ": the capital of France is Paris and it has many museums and parks to visit.");
            if (a >= 0) {
                coding = a;
            }
            if (b >= 0) {
                grading = b;
            }
        }
        assertNotEquals(index.family(coding), index.family(grading));
    }

    @Test
    void sketchSimilarityEstimatesOverlap() {
        long[] a = MinSketch.create(24);
        long[] b = MinSketch.create(24);
        PromptShingles.sketch("the quick brown fox jumps over the lazy dog near the river bank today", a);
        PromptShingles.sketch("the quick brown fox jumps over the lazy dog near the river bank today", b);
        assertEquals(1.0, TemplateIndex.similarity(a, b));
    }
}
