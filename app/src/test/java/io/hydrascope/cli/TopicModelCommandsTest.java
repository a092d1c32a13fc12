package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.analysis.topics.TopicExplainer;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's own topic model: trained from a CSV, used by analyze, recorded and kept in the case. */
class TopicModelCommandsTest {
    @TempDir
    Path dir;

    private Path labels() throws Exception {
        StringBuilder csv = new StringBuilder("prompt,topic,cot\n");
        String[] pets = {"cat", "dog", "parrot", "hamster", "rabbit", "goldfish", "turtle", "pony", "ferret", "gecko"};
        String[] langs = {"Python", "Java", "Rust", "Go", "Swift", "Kotlin", "C#", "Ruby", "PHP", "Scala"};
        for (int i = 0; i < 10; i++) {
            csv.append("\"What should I feed my ").append(pets[i]).append(" every day?\",pets,false\n");
            csv.append("\"My ").append(pets[i]).append(" is sneezing, think it through step by step: vet or wait?\","
                    + "pets,true\n");
            csv.append("\"Write a ").append(langs[i]).append(" function that sorts a list of numbers.\",coding,false\n");
            csv.append("\"Explain this ").append(langs[i]).append(" error: index out of range\",coding,\n");
        }
        return Files.writeString(dir.resolve("labels.csv"), csv);
    }

    @Test
    void trainsAModelThatAnalyzeUsesAndTheCaseKeeps() throws Exception {
        Path model = dir.resolve("pets.bin");
        CliTest.Run train = CliTest.run("train-topics", "--data", labels().toString(), "--name", "pets",
                "--bits", "12", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("read 40 labelled prompts"), train.out());
        assertTrue(train.out().contains("held-out test split"), train.out());
        assertTrue(Files.size(model) > 4096);

        Path log = Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,prompt\n"
                + "r1,2026-02-01T10:00:00Z,a1,What should I feed my kitten?\n"
                + "r2,2026-02-01T10:05:00Z,a2,Write a Haskell function that sorts a list.\n");
        String caseFile = dir.resolve("c.hcase").toString();
        assertEquals(0, CliTest.run("ingest", "--case", caseFile, log.toString()).code());
        CliTest.Run analyze = CliTest.run("analyze", "--case", caseFile, "--topic-model", model.toString());
        assertEquals(0, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("topics by the pets ("), analyze.out());

        CliTest.Run topics = CliTest.run("topics", "--case", caseFile, "--format", "csv", "--per-interaction");
        Set<String> rows = new TreeSet<>(java.util.List.of(topics.out().strip().split("\n")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("r1,pets,false,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("r2,coding,false,")), rows.toString());

        Files.delete(model); // the case keeps the model, so its topics can still be explained
        try (CaseStore store = CaseStore.open(Path.of(caseFile)); ReadSession s = store.newReader()) {
            long id = io.hydrascope.store.InteractionScan.bounds(s)[0];
            String why = new TopicExplainer().explain(s, id, "What should I feed my kitten?").orElseThrow();
            assertTrue(why.startsWith("Topic pets 0."), why);
            assertTrue(why.contains("feed"), why);
        }
    }

    @Test
    void replacesAnExistingModelFileOnlyWithForce() throws Exception {
        Path model = Files.writeString(dir.resolve("pets.bin"), "an older model");
        CliTest.Run refused = CliTest.run("train-topics", "--data", labels().toString(), "--bits", "12", "--out",
                model.toString());
        assertEquals(1, refused.code());
        assertEquals("hydrascope: " + model + ": cannot write the topic model: exists; use --force to replace",
                refused.err().strip());
        assertEquals("", refused.out(), "refused before training");
        assertEquals("an older model", Files.readString(model));

        CliTest.Run forced = CliTest.run("train-topics", "--data", labels().toString(), "--bits", "12", "--out",
                model.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.size(model) > 4096);
    }

    @Test
    void refusesATrainingFileWithoutTheColumnsNamingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "text,label\nhello,general\n");
        CliTest.Run r = CliTest.run("train-topics", "--data", bad.toString(), "--out", dir.resolve("m.bin").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("prompt,topic"), r.err());
    }
}
