package io.hydrascope.scenario.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PromptLibraryTest {
    static PromptLibrary library;

    @BeforeAll
    static void load() {
        library = PromptLibrary.standard();
    }

    @Test
    void everyPoolHasFamiliesAndEveryTemplateAndFollowUpFills() {
        SplittableRandom rng = new SplittableRandom(1);
        for (String pool : PromptPools.NAMES) {
            assertFalse(library.families(pool).isEmpty(), pool);
            for (PromptFamily family : library.families(pool)) {
                for (int i = 0; i < family.templateCount(); i++) {
                    int template = i;
                    for (int round = 0; round < 5; round++) {
                        Fill fill = new Fill(rng, library::slotValue);
                        StringBuilder sb = new StringBuilder();
                        assertDoesNotThrow(() -> family.template(template, fill, sb), family.id());
                        assertFalse(sb.toString().isBlank(), family.id());
                    }
                }
                for (int round = 0; round < 10; round++) {
                    Conversation c = library.start(rng, pool, family.language(), 1.0, Voice.PLAIN);
                    assertFalse(c.first().isBlank());
                    assertFalse(c.followUp().isBlank());
                }
            }
        }
    }

    @Test
    void campaignTemplatesShareASkeletonButRarelyRepeatExactly() {
        SplittableRandom rng = new SplittableRandom(7);
        Set<String> texts = new HashSet<>();
        int count = 300;
        for (int i = 0; i < count; i++) {
            texts.add(library.start(rng, "coding", "en", 0, Voice.PLAIN).first());
        }
        assertTrue(texts.size() > count * 0.8, texts.size() + " distinct of " + count);
    }

    @Test
    void theOperatorsTaskBankRepeatsItselfWhereTheCampaignPoolsDoNot() {
        SplittableRandom rng = new SplittableRandom(11);
        Set<String> bank = new HashSet<>();
        Set<String> coding = new HashSet<>();
        int count = 2000;
        for (int i = 0; i < count; i++) {
            bank.add(library.start(rng, "task-bank-coding", "en", 0, Voice.PLAIN).first());
            coding.add(library.start(rng, "coding", "en", 0, Voice.PLAIN).first());
        }
        assertTrue(bank.size() < count * 0.3, bank.size() + " distinct bank prompts of " + count);
        assertTrue(coding.size() > count * 0.6, coding.size() + " distinct coding prompts of " + count);
    }

    @Test
    void aPrefixedConversationSendsItsPrefixUnstyledBeforeEveryPrompt() {
        SplittableRandom rng = new SplittableRandom(5);
        Voice shouting = new Voice(true, true, 1.0, 1.0, 0);
        Conversation c = library.start(rng, "course-homework", "en", 0, shouting).prefixed("SYSTEM PROMPT\n\n");
        assertTrue(c.first().startsWith("SYSTEM PROMPT\n\n"), c.first());
        for (int i = 0; i < 5; i++) {
            assertTrue(c.followUp().startsWith("SYSTEM PROMPT\n\n"));
        }
    }

    @Test
    void aSlotFillsAroundTheValuesAlreadyKnown() {
        String workspace = library.slot("ag_workspace_linux", new SplittableRandom(2), Map.of("ag_repo", "my-repo"));
        assertTrue(workspace.contains("/my-repo\nPlatform: linux"), workspace);
        assertEquals(library.slot("code_ag_header", new SplittableRandom(1), Map.of()),
                library.slot("code_ag_header", new SplittableRandom(2), Map.of()), "an agent's one system prompt");
    }

    @Test
    void benchmarkItemsAreFixedPerSuiteAndIndexLikeATestSet() {
        PromptFamily suite = library.families("benchmark").get(0);
        assertEquals(library.item(suite, 7919, 42), library.item(suite, 7919, 42));
        assertNotEquals(library.item(suite, 7919, 42), library.item(suite, 7919, 43));
        assertTrue(library.item(suite, 7919, 42).contains("step by step"));
    }

    @Test
    void nonEnglishSpeakersGetTheirLanguageWhenAPoolHasIt() {
        SplittableRandom rng = new SplittableRandom(3);
        boolean japanese = false;
        for (int i = 0; i < 20; i++) {
            String text = library.start(rng, "chat", "ja", 1.0, Voice.PLAIN).first();
            japanese |= text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN);
        }
        assertTrue(japanese);
    }
}
