package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in model on prompts written for this test (none of them is in the training data): the cases the cue
 * list got wrong, in several languages. The model's figures on thousands of held-out prompts are in
 * {@link TopicClassifierRealDataTest} and app/docs/topics.md.
 */
class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER = TopicClassifier.builtIn();

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', value = {
        "coding|In Swift, implement an LRU cache with O(1) get and put, and explain the eviction order.",
        "coding|Kotlin で、文字列が回文かどうかを判定する関数を書いてください。",
        "coding|用 Rust 写一个函数，把字符串里的元音字母都删掉，并附上单元测试。",
        "coding|Напиши на Python функцию, которая удаляет дубликаты из списка, сохраняя порядок.",
        "coding|Écris une fonction JavaScript qui renvoie le deuxième plus grand nombre d'un tableau.",
        "reasoning|Find the number of positive integers n less than 500 such that n^2 + 1 is divisible by 5.",
        "reasoning|Lena kauft 4 Hefte zu je 2,50 Euro und bezahlt mit einem 20-Euro-Schein. Wie viel Wechselgeld bekommt sie?",
        "reasoning|小明有 12 个苹果，给了妹妹 3 个，又买了 7 个。他现在有多少个苹果？",
        "reasoning|Un tren sale a las 8:15 y llega a las 11:40. Si recorre 290 km, ¿cuál es su velocidad media?",
        "general|Escreva um e-mail educado para o meu senhorio pedindo o conserto do aquecedor.",
        "general|東京で雨の日に子どもと行けるおすすめの場所を教えて。",
        "general|Quali sono le cause principali della caduta dell'Impero romano d'Occidente?",
    })
    void classifiesTaskTopicsInManyLanguages(String topic, String prompt) {
        Classification c = CLASSIFIER.classify(prompt);
        assertEquals(Topic.of(topic), c.topic(), () -> prompt + " -> " + CLASSIFIER.explain(prompt).summary());
    }

    @Test
    void classifiesTheSampleCampaignPromptsTheCueListCalledGeneral() {
        assertEquals(Topic.AGENTIC, CLASSIFIER.classify("You coordinate tool-using agents. Current state: planner "
                + "produced 9 tasks, 1 blocked on missing credentials. Available agents: frontend coder, backend "
                + "coder, QA. Choose the next agent and write its instruction.").topic());
        Topic repo = CLASSIFIER.classify("Repository:\n.\n├── Cargo.toml\n├── src/main.rs\n├── src/http/routes.rs\n"
                + "└── tests/integration.rs\n\nIssue: add an integration test for the orders flow\nWrite the patch "
                + "(unified diff) and the new or updated tests.").topic();
        assertTrue(repo.equals(Topic.AGENTIC) || repo.equals(Topic.CODING), repo.toString());
    }

    /** Everyday questions with a word that usually means code are general, or at least not stated as code. */
    @ParameterizedTest
    @ValueSource(strings = {
        "What is the function of the liver, and why does alcohol damage it?",
        "My travel agent booked the wrong hotel. How do I complain?",
        "Is there a code of conduct for guests at a Japanese onsen?",
    })
    void everydayQuestionsWithTechnicalWordsAreNotConfidentlyCode(String prompt) {
        Classification c = CLASSIFIER.classify(prompt);
        assertTrue(c.topic().equals(Topic.GENERAL) || c.lowConfidence(), () -> CLASSIFIER.explain(prompt).summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is 17% of 240? Show every step of your reasoning.",
        "Think out loud, step by step, before you give the final number: how many weekdays are in March 2027?",
        "Write out all of your intermediate thinking, then answer: is 221 prime?",
        "请一步一步地思考：一个数的三倍减去 7 等于 20，这个数是多少？",
        "Рассуждай пошагово и только потом дай ответ: сколько диагоналей у восьмиугольника?",
        "Piensa paso a paso antes de responder: ¿cuántos minutos hay en 3,5 horas?",
    })
    void flagsChainOfThoughtRequestsHoweverTheyArePhrased(String prompt) {
        assertTrue(CLASSIFIER.classify(prompt).chainOfThought(), () -> CLASSIFIER.explain(prompt).summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is 17% of 240?",
        "Give me step-by-step instructions to replace a bicycle inner tube.",
        "What do you think of the new season of the show?",
        "東京で雨の日に子どもと行けるおすすめの場所を教えて。",
    })
    void doesNotFlagOrdinaryRequests(String prompt) {
        assertFalse(CLASSIFIER.classify(prompt).chainOfThought(), () -> CLASSIFIER.explain(prompt).summary());
    }

    @Test
    void explainsWithPassagesOfThePrompt() {
        String prompt = "In Swift, implement an LRU cache with O(1) get and put. Let's think step by step.";
        Explanation e = CLASSIFIER.explain(prompt);
        assertEquals(CLASSIFIER.classify(prompt), e.classification());
        assertFalse(e.topicEvidence().isEmpty());
        for (Explanation.Evidence ev : e.topicEvidence()) {
            assertTrue(!ev.fromPrompt() || prompt.toLowerCase().contains(ev.text().toLowerCase()), ev.text());
        }
        assertTrue(e.summary().startsWith("coding 0."), e.summary());
        assertTrue(e.summary().contains("; chain-of-thought "), e.summary());
        assertTrue(e.chainOfThoughtEvidence().stream().anyMatch(ev -> ev.text().toLowerCase().contains("step")),
                e.chainOfThoughtEvidence().toString());
    }

    @Test
    void confidenceIsAProbabilityAndEmptyPromptsAreClassified() {
        for (String p : List.of("", " ", "\u0000\uFFFF", "🙂🙂🙂")) {
            Classification c = CLASSIFIER.classify(p);
            assertTrue(c.confidence() > 0 && c.confidence() <= 1, c.toString());
        }
        assertEquals(CLASSIFIER.classify(null), CLASSIFIER.classify(""));
    }
}
