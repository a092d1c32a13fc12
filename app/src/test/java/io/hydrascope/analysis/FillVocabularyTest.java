package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillVocabularyTest {
    private static final String SKELETON = "Refactor the {…} module of the repository to use dependency injection";

    @Test
    void aTaskBankReusesFewFills() {
        List<String> prompts = new ArrayList<>();
        String[] bank = {"billing", "auth", "search"};
        for (int i = 0; i < 30; i++) {
            prompts.add("Refactor the " + bank[i % 3] + " module of the repository to use dependency injection");
        }
        FillVocabulary v = FillVocabulary.of(SKELETON, prompts, 2);
        assertEquals(30, v.prompts());
        assertEquals(30, v.filled());
        assertEquals(3, v.distinct());
        assertEquals(2, v.top().size());
        assertEquals(10, v.top().get(0).count());
        assertTrue(v.summary().startsWith("3 distinct fills in 30 prompts (a small vocabulary, reused): \"auth\" ×10"),
                v.summary());
    }

    @Test
    void personalContentGivesAFillPerPrompt() {
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            prompts.add("Refactor the module" + i + " module of the repository to use dependency injection");
        }
        FillVocabulary v = FillVocabulary.of(SKELETON, prompts, 3);
        assertEquals(20, v.distinct());
        assertTrue(v.summary().contains("(mostly their own content)"), v.summary());
    }

    @Test
    void fillsAreCountedOncePerPromptCaseAside() {
        List<String> prompts = List.of(
                "Refactor the Auth module of the repository to use dependency injection auth",
                "Refactor the auth module of the repository to use dependency injection");
        FillVocabulary v = FillVocabulary.of(SKELETON, prompts, 5);
        assertEquals(1, v.distinct());
        assertEquals(2, v.top().get(0).count());
    }

    @Test
    void wordForWordCopiesHaveNoFills() {
        FillVocabulary v = FillVocabulary.of(SKELETON, List.of(SKELETON.replace("{…}", "")), 5);
        assertEquals(0, v.filled());
        assertEquals("no filled slots in 1 prompt: sent word for word", v.summary());
    }

    @Test
    void numbersAreFillsToo() {
        List<String> prompts = List.of("Fix issue 42 in the parser", "Fix issue 17 in the parser",
                "Fix issue 17 in the parser");
        FillVocabulary v = FillVocabulary.of("Fix issue {…} in the parser", prompts, 5);
        assertEquals(2, v.distinct());
        assertEquals(new FillVocabulary.Fill("17", 2), v.top().get(0));
    }

    @Test
    void quotesAroundAFillAreNotPartOfIt() {
        List<String> prompts = List.of("Break the goal \"sync two buckets\" into subtasks",
                "Break the goal 'sync two buckets'. into subtasks");
        FillVocabulary v = FillVocabulary.of("Break the goal {…} into subtasks", prompts, 5);
        assertEquals(List.of(new FillVocabulary.Fill("sync two buckets", 2)), v.top());
    }
}
