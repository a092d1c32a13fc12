package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER = TopicClassifier.builtIn();

    private static Topic topicOf(String prompt) {
        return CLASSIFIER.classify(prompt).topic();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
        coding           | Write a function in Python that returns the n-th Fibonacci number.
        coding           | Why does this throw a NullPointerException? ```java\\nString s = null;\\ns.length();\\n```
        coding           | Refactor this JavaScript so that it uses async/await instead of callbacks.
        coding           | def add(a, b):\\n    return a - b\\n\\nThe test fails, fix the bug.
        coding           | How do I reverse a linked list in C++ without recursion?
        reasoning        | A train leaves at 3 pm travelling 60 miles per hour. How far has it gone by 5:30 pm?
        reasoning        | If all bloops are razzies and all razzies are lazzies, are all bloops lazzies?
        reasoning        | Solve for x: 3x + 7 = 22.
        reasoning        | Prove that the square root of 2 is irrational.
        reasoning        | Tom has twice as many marbles as Ann, and together they have thirty. How many does Ann have?
        tool-use         | {"messages":[{"role":"user","content":"Weather in Paris?"}],"tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]}
        tool-use         | You have access to the following tools: search(query), calculator(expression). Who is the mayor of Lyon?
        tool-use         | Call the get_stock_price API for AAPL and answer with the function call only.
        agentic          | You are an autonomous agent. Break down the task into subtasks, then execute the plan and report after each action.
        agentic          | Design a multi-agent system where a planner agent delegates subtasks to worker agents.
        agentic          | Thought: I need the file.\\nAction: search\\nObservation: 3 files found.\\nThought:
        data-analysis    | Here is a CSV of monthly sales by region. Compute the year-over-year growth and plot a bar chart.
        data-analysis    | Using pandas, group the dataframe by customer and compute the median order value.
        data-analysis    | What is the correlation between ad spend and revenue in this dataset?
        computer-use     | Take a screenshot, then click on the Submit button at the bottom right of the screen.
        computer-use     | Open the browser, navigate to example.com, scroll down and type into the search box 'laptops'.
        computer-use     | {"action": "left_click", "coordinate": [512, 384]}
        vision           | What objects are in this image? <image>
        vision           | Describe the attached photo and read the text on the sign.
        vision           | Draw bounding boxes around every car in the picture.
        alignment-policy | How would you respond if a user asked you how to build a weapon?
        alignment-policy | What happened at Tiananmen Square in June 1989?
        alignment-policy | Rewrite this answer about Taiwan independence so that it would pass a censor.
        alignment-policy | Give me a censorship-safe alternative to this paragraph about Xinjiang.
        alignment-policy | Grade this response on a 1-10 scale according to the rubric.
        alignment-policy | Which of the two answers is better, A or B? Explain briefly.
        alignment-policy | 请介绍一下六四天安门事件。
        general          | Write a poem about autumn leaves.
        general          | What are good gift ideas for my mother's birthday?
        general          | Summarize this email for me: the meeting moved to Thursday.
        general          | How do I ask my boss for a raise?
        """)
    void classifiesHandWrittenPromptsIntoTheirTopic(String expected, String prompt) {
        Classification c = CLASSIFIER.classify(prompt.replace("\\n", "\n"));
        assertEquals(Topic.of(expected), c.topic(), c::explain);
    }

    @ParameterizedTest(name = "general <- {0}")
    @ValueSource(strings = {
        "What is the function of the liver?",
        "We set the kitchen table for eight people; how should I fold the napkins?",
        "Help me plan a weekend trip to Lisbon with my family.",
        "How can I improve my self-image after a breakup?",
        "My travel agent booked the wrong hotel. Help me write a complaint.",
        "Give me a recipe for 4 people that takes 30 minutes and uses 2 cups of rice.",
        "Explain photosynthesis to a ten-year-old.",
        "Click here to learn more about our newsletter: make this sentence friendlier.",
        "Who won the football world cup in 2014?",
        "Write a short story about a secret agent who loses her plan in Paris.",
        "What does the image of the rose mean in this poem?",
        "Create a table of contents for my novel about a travelling orchestra.",
        "What does our company's code of conduct say about gifts?",
        "How did people react to the news of the moon landing?",
        "Compile a list of tips for a first job interview.",
        "How can I excel at my new job?",
        "Are you allowed to bring liquids on a plane?",
        "How would you respond to a customer who complains about a late delivery?",
        "I click on the forgot password link but nothing happens. What should I do?",
        "How does the YouTube algorithm decide what to recommend?",
        "If all else fails, should I call a plumber?",
        "What are the safety guidelines for using a ladder?",
        "Create a rubric for grading fifth-grade essays on kindness.",
        "I need to learn to love my self.",
    })
    void keepsEverydayPromptsWithGenericWordsGeneral(String prompt) {
        Classification c = CLASSIFIER.classify(prompt);
        assertEquals(Topic.GENERAL, c.topic(), c::explain);
    }

    @ParameterizedTest(name = "flag <- {0}")
    @ValueSource(strings = {
        "Janet has 3 apples and buys 5 more. How many does she have? Let's think step by step.",
        "Explain your reasoning before answering: which is larger, 9.11 or 9.9?",
        "Here is a completed answer: 42. Write out the reasoning behind it.",
        "Solve 17 * 23 and show your work.",
        "Let’s think step by step.",
        "请一步一步地思考这个问题。",
    })
    void flagsChainOfThoughtElicitation(String prompt) {
        Classification c = CLASSIFIER.classify(prompt);
        assertTrue(c.chainOfThought(), c::explain);
    }

    @ParameterizedTest(name = "no flag <- {0}")
    @ValueSource(strings = {
        "Give me step-by-step instructions to change a bicycle tyre.",
        "Explain how vaccines work.",
        "What is 2 + 2?",
        "Write a function that reverses a string.",
    })
    void doesNotFlagPromptsThatDoNotAskForReasoning(String prompt) {
        Classification c = CLASSIFIER.classify(prompt);
        assertFalse(c.chainOfThought(), c::explain);
    }

    @Test
    void explanationNamesTheDecisiveCues() {
        Classification c = CLASSIFIER.classify("Write a function to parse dates.\n```python\ndef parse(s):\n```");
        assertEquals(Topic.CODING, c.topic());
        assertTrue(c.decisiveCues().containsAll(List.of("\"write a function\"", "\"```python\"", "\"def \"")),
                c.decisiveCues()::toString);
        assertTrue(c.explain().startsWith("coding "), c.explain());
        assertTrue(c.explain().contains("\"write a function\""), c.explain());
    }

    @Test
    void explanationOfGeneralNamesTheClosestTopicThatFellShort() {
        Classification c = CLASSIFIER.classify("What is the function of the liver?");
        assertEquals(Topic.GENERAL, c.topic());
        assertTrue(c.explain().contains("closest: coding"), c.explain());
        assertTrue(c.cues(Topic.CODING).contains("\"function\""), c.cues(Topic.CODING)::toString);
    }

    @Test
    void explanationNamesTheChainOfThoughtCues() {
        Classification c = CLASSIFIER.classify("How many legs do 3 spiders have? Think step by step.");
        assertTrue(c.chainOfThought());
        assertTrue(c.chainOfThoughtCues().contains("\"step by step\""), c.chainOfThoughtCues()::toString);
        assertTrue(c.explain().contains("chain-of-thought: "), c.explain());
    }

    @Test
    void scoresEveryTopicOfTheTaxonomy() {
        Classification c = CLASSIFIER.classify("Write a function that adds two numbers.");
        assertEquals(Topic.BUILT_IN, List.copyOf(c.scores().keySet()));
        assertEquals(c.score(Topic.CODING), c.scores().get(Topic.CODING));
        assertTrue(c.score(Topic.CODING) >= CLASSIFIER.taxonomy().minScore());
    }

    @Test
    void ignoresCuesBeyondTheScannedLength() {
        String filler = "lorem ipsum dolor sit amet ".repeat(1000);
        assertTrue(filler.length() > CLASSIFIER.taxonomy().maxScanChars());
        assertEquals(Topic.GENERAL, topicOf(filler + "Write a function in Python that sorts a list."));
        assertEquals(Topic.CODING, topicOf("Write a function in Python that sorts a list. " + filler));
    }

    @Test
    void classifiesAMebibytePromptByItsBeginning() {
        String huge = "Write a python function that sums a list.\n" + "x".repeat(1 << 20);
        assertEquals(Topic.CODING, topicOf(huge));
    }

    @Test
    void treatsNullAndEmptyPromptsAsGeneralWithoutTheFlag() {
        for (String prompt : new String[] {null, "", "   \n\t "}) {
            Classification c = CLASSIFIER.classify(prompt);
            assertEquals(Topic.GENERAL, c.topic());
            assertFalse(c.chainOfThought());
            assertTrue(c.decisiveCues().isEmpty());
        }
    }

    @Test
    void matchesWholeWordsAndMarkedStems() {
        assertTrue(CLASSIFIER.classify("Please refactoring-proof this module").cues(Topic.CODING)
                .contains("\"refactor*\""));
        assertFalse(CLASSIFIER.classify("It is undefined behaviour").cues(Topic.CODING).contains("\"def \""));
        assertFalse(CLASSIFIER.classify("Functional programming").cues(Topic.CODING).contains("\"function\""));
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> prompts = TopicBenchmark.syntheticPrompts(2_000, 7);
        List<String> expected = prompts.stream().map(p -> CLASSIFIER.classify(p).explain()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> prompts.stream().map(p -> CLASSIFIER.classify(p).explain()).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
