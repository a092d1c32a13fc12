package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptFeaturesTest {
    private static int[] features(String text) {
        PromptFeatures f = new PromptFeatures(18);
        f.extract(text);
        int[] out = Arrays.copyOf(f.buckets, f.count);
        Arrays.sort(out);
        return out;
    }

    private static List<String> traced(String text) {
        List<String> parts = new ArrayList<>();
        new PromptFeatures(18).extract(text, (bucket, kind, start, end, structure) ->
                parts.add(structure != null ? "#" + structure : kind + ":" + text.substring(start, end)));
        return parts;
    }

    @Test
    void ignoresCaseAndFullWidthForms() {
        assertArrayEquals(features("Write a Function"), features("write a function"));
        assertArrayEquals(features("ＡＢＣ function"), features("abc function"));
    }

    @Test
    void readsWordsWordPairsAndTrigramsInSpacedScripts() {
        List<String> parts = traced("Реализуй кэш");
        assertTrue(parts.contains(PromptFeatures.WORD + ":Реализуй"), parts.toString());
        assertTrue(parts.contains(PromptFeatures.WORD_PAIR + ":Реализуй кэш"), parts.toString());
        assertTrue(parts.contains(PromptFeatures.TRIGRAM + ":кэш"), parts.toString());
    }

    @Test
    void readsCharactersAndPairsWhereWordsAreNotSpaced() {
        List<String> parts = traced("实现缓存");
        assertTrue(parts.contains(PromptFeatures.CHAR + ":实"), parts.toString());
        assertTrue(parts.contains(PromptFeatures.CHAR_PAIR + ":缓存"), parts.toString());
        List<String> thai = traced("เขียนโค้ด");
        assertTrue(thai.stream().anyMatch(p -> p.startsWith(PromptFeatures.CHAR_TRIGRAM + ":")), thai.toString());
    }

    @Test
    void namesStructure() {
        List<String> parts = traced("Fix this:\n```\n    x = 1\n    y = 2\n```");
        assertTrue(parts.contains("#code block"), parts.toString());
        assertTrue(parts.contains("#indented lines"), parts.toString());
        assertTrue(parts.contains("#5-16 lines"), parts.toString());
        assertTrue(parts.contains("#1-2 numbers"), parts.toString());
    }

    @Test
    void readsOnlyTheHeadAndTailOfLongPrompts() {
        String head = "Solve this riddle. ".repeat(100);
        String tail = " Think step by step.".repeat(30);
        String a = head + "alpha ".repeat(500) + tail;
        String b = head + "omega ".repeat(500) + tail;
        assertArrayEquals(features(a), features(b));
        assertNotEquals(Arrays.toString(features(a)), Arrays.toString(features(head + "alpha ".repeat(500)
                + " Answer only.".repeat(30))));
    }

    @Test
    void boundsTheNumberOfFeaturesOfAnyPrompt() {
        PromptFeatures f = new PromptFeatures(18);
        f.extract("x".repeat(2_000_000));
        assertTrue(f.count > 0 && f.count <= f.buckets.length);
        f.extract("");
        assertFalse(f.count > 10, "an empty prompt has only structure features");
        assertEquals(f.count, traced("").size());
    }
}
