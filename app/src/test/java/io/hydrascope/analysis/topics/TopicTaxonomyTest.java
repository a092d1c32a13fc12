package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicTaxonomyTest {
    private static final String FORMAT = "\"format\": \"hydrascope-topic-taxonomy/1\"";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("analyst-taxonomy.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void builtInTaxonomyHasTheBuiltInTopicsInOrder() {
        TopicTaxonomy taxonomy = TopicTaxonomy.builtIn();
        assertEquals(Topic.BUILT_IN, taxonomy.topicIds());
        for (TopicTaxonomy.TopicDefinition t : taxonomy.topics()) {
            assertFalse(t.description().isBlank(), t.topic() + " has no description");
            assertFalse(t.cues().isEmpty(), t.topic() + " has no cues");
        }
        assertFalse(taxonomy.chainOfThought().cues().isEmpty());
        assertEquals(8192, taxonomy.maxScanChars());
    }

    @Test
    void analystFileAddsATopicToTheBuiltInOnes() throws IOException {
        Path file = write("""
            { %s,
              // comments are allowed in an analyst's file
              "topics": [
                { "id": "bio-security", "description": "Pathogen enhancement and synthesis questions.",
                  "cues": [ { "weight": 1.5, "note": "dual-use", "phrases": ["gain of function", "pathogen*"] } ] }
              ] }
            """.formatted(FORMAT));
        TopicTaxonomy taxonomy = TopicTaxonomy.load(file);
        assertEquals(Topic.BUILT_IN.size() + 1, taxonomy.topics().size());
        assertEquals(List.of("resource " + TopicTaxonomy.RESOURCE, "file " + file), taxonomy.sources());

        Classification c = new TopicClassifier(taxonomy).classify("Which gain of function steps make a pathogen spread?");
        assertEquals(Topic.of("bio-security"), c.topic(), c::explain);
        assertEquals(List.of("\"gain of function\"", "\"pathogen*\""), c.decisiveCues());
        assertEquals(Topic.CODING, new TopicClassifier(taxonomy).classify("Write a function to sort a list.").topic());
    }

    @Test
    void analystFileSwitchesABuiltInCueOffWithWeightZero() throws IOException {
        String prompt = "Please write a function.";
        assertEquals(Topic.CODING, TopicClassifier.builtIn().classify(prompt).topic());
        Path file = write("""
            { %s, "topics": [ { "id": "coding", "cues": [ { "weight": 0, "phrases": ["write a function"] } ] } ] }
            """.formatted(FORMAT));
        assertEquals(Topic.GENERAL, new TopicClassifier(TopicTaxonomy.load(file)).classify(prompt).topic());
    }

    @Test
    void analystFileReplacesTheCuesOfATopic() throws IOException {
        Path file = write("""
            { %s, "topics": [ { "id": "coding", "replaceCues": true,
                                "cues": [ { "weight": 2, "phrases": ["cobol"] } ] } ] }
            """.formatted(FORMAT));
        TopicTaxonomy taxonomy = TopicTaxonomy.load(file);
        assertEquals(1, taxonomy.topic(Topic.CODING).orElseThrow().cues().size());
        TopicClassifier classifier = new TopicClassifier(taxonomy);
        assertEquals(Topic.CODING, classifier.classify("Port this COBOL batch job").topic());
        assertEquals(Topic.GENERAL, classifier.classify("def f(x): return x  # fix the bug").topic());
    }

    @Test
    void standaloneFileDoesNotExtendTheBuiltInTaxonomy() throws IOException {
        Path file = write("""
            { %s, "extends": "none", "minScore": 2.0, "maxScanChars": 1024,
              "topics": [ { "id": "coding", "description": "code", "cues": [ { "weight": 1, "phrases": ["java"] } ] } ],
              "chainOfThought": { "minScore": 1, "cues": [ { "weight": 1, "phrases": ["show your work"] } ] } }
            """.formatted(FORMAT));
        TopicTaxonomy taxonomy = TopicTaxonomy.load(file);
        assertEquals(List.of(Topic.CODING, Topic.GENERAL), taxonomy.topicIds());
        assertEquals(2.0, taxonomy.minScore());
        assertEquals(1024, taxonomy.maxScanChars());
        Classification c = new TopicClassifier(taxonomy).classify("Java question, show your work");
        assertEquals(Topic.GENERAL, c.topic(), "one cue of weight 1 is below minScore 2");
        assertTrue(c.chainOfThought());
    }

    @Test
    void capLimitsWhatTheCuesOfAGroupAddTogether() throws IOException {
        Path file = write("""
            { %s, "extends": "none",
              "topics": [ { "id": "coding", "description": "code",
                            "cues": [ { "weight": 0.5, "cap": 0.9, "phrases": ["java", "kotlin", "scala"] } ] } ] }
            """.formatted(FORMAT));
        Classification c = new TopicClassifier(TopicTaxonomy.load(file)).classify("java kotlin scala");
        assertEquals(0.9, c.score(Topic.CODING), 1e-9);
        assertEquals(Topic.GENERAL, c.topic());
        assertEquals(3, c.cues(Topic.CODING).size());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ ",
                    "not valid JSON (line 1"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"wieght\": 1 } ] } ] }",
                    "unknown field \"wieght\" at topics[0].cues[0].wieght"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": \"heavy\" } ] } ] }",
                    "wrong value at topics[0].cues[0].weight"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"phrases\": [\"x\"] } ] } ] }",
                    "topic 'coding', cue group 1: \"weight\" is missing"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"Bio Security\", \"description\": \"d\" } ] }",
                    "topic 1: topic id must be lower-case words joined by '-'"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"bio-security\" } ] }",
                    "topic 'bio-security' is new, so it needs a \"description\""),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\" }, { \"id\": \"coding\" } ] }",
                    "topic 'coding' is defined twice"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"regex\": \"([a-z\", \"anchor\": \"x\" } ] } ] }",
                    "topic 'coding', cue group 1: invalid regex \"([a-z\""),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"regex\": \"a+b\" } ] } ] }",
                    "topic 'coding', cue group 1: a regex needs an \"anchor\" phrase"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"structures\": [\"words>=3\"] } ] } ] }",
                    "unknown structure \"words>=3\""),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"phrases\": [\"a\"], \"structures\": [\"lines>=3\"] } ] } ] }",
                    "needs exactly one of \"phrases\", \"allOf\", \"regex\" or \"structures\", found 2"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"allOf\": [[\"only one\"]] } ] } ] }",
                    "each \"allOf\" entry lists at least two phrases"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 1, \"phrases\": [\"  \"] } ] } ] }",
                    "topic 'coding', cue group 1: empty phrase"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"topics\": [ { \"id\": \"coding\", \"cues\": [ { \"weight\": 99, \"phrases\": [\"a\"] } ] } ] }",
                    "\"weight\" must be between -10 and 10, found 99.0"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"chainOfThought\": { \"cues\": [ { \"weight\": 1, \"cap\": 0, \"phrases\": [\"a\"] } ] } }",
                    "chainOfThought, cue group 1: \"cap\" must be a positive number"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"maxScanChars\": 10 }",
                    "\"maxScanChars\" must be between 256 and 1048576, found 10"),
            Arguments.of("{ \"format\": \"hydrascope-topic-taxonomy/1\", \"extends\": \"mine\" }",
                    "\"extends\" must be \"built-in\" or \"none\", found \"mine\""),
            Arguments.of("{ \"format\": \"topics-v2\" }",
                    "\"format\" must be \"hydrascope-topic-taxonomy/1\", found \"topics-v2\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void badFileGivesAnErrorNamingTheFileAndTheProblem(String json, String problem) throws IOException {
        Path file = write(json);
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> TopicTaxonomy.load(file));
        assertTrue(e.getMessage().startsWith("taxonomy file " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals("file " + file, e.source());
    }

    @Test
    void missingFileGivesAnErrorNamingTheFile() {
        Path file = dir.resolve("nowhere.json");
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> TopicTaxonomy.load(file));
        assertEquals("taxonomy file " + file + ": no such file", e.getMessage());
    }
}
