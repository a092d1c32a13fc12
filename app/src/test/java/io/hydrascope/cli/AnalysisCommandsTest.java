package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detection commands in-process on a generated teaching case: their columns and keys are a contract. */
class AnalysisCommandsTest {
    @TempDir
    static Path dir;
    static String caseFile;

    @BeforeAll
    static void prepare() {
        Path data = dir.resolve("data");
        assertEquals(0, CliTest.run("generate", "--preset", "teaching", "--seed", "9", "--out", data.toString(),
                "--quiet").code());
        caseFile = dir.resolve("c.hcase").toString();
        CliTest.Run ingest = CliTest.run("ingest", "--case", caseFile, data.resolve("interactions.csv").toString(),
                data.resolve("accounts.csv").toString(), data.resolve("labels.csv").toString());
        assertEquals(0, ingest.code(), ingest.err());
        CliTest.Run analyze = CliTest.run("analyze", "--case", caseFile);
        assertEquals(0, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("flagged"), analyze.out());
    }

    @Test
    void accountsCsvHasTheContractColumnsAndFlaggedFilters() {
        CliTest.Run all = CliTest.run("accounts", "--case", caseFile, "--format", "csv");
        assertEquals(0, all.code(), all.err());
        String[] lines = all.out().strip().split("\n");
        assertTrue(lines[0].startsWith("account_id,cluster_id,risk,flagged,top_topic,interactions"), lines[0]);
        CliTest.Run flagged = CliTest.run("accounts", "--case", caseFile, "--format", "csv", "--flagged");
        String[] flaggedLines = flagged.out().strip().split("\n");
        assertTrue(flaggedLines.length > 1 && flaggedLines.length < lines.length);
        for (int i = 1; i < flaggedLines.length; i++) {
            assertEquals("true", flaggedLines[i].split(",")[3], flaggedLines[i]);
        }
    }

    @Test
    void clustersJsonListsSignalsWithNumbersAndBaselines() throws Exception {
        CliTest.Run r = CliTest.run("clusters", "--case", caseFile, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode first = new ObjectMapper().readTree(r.out()).get(0);
        for (String key : new String[] {"id", "accounts", "interactions", "risk", "flagged", "topic_shares",
            "signals"}) {
            assertTrue(first.has(key), key);
        }
        assertTrue(first.get("flagged").asBoolean());
        JsonNode signal = first.get("signals").get(0);
        assertTrue(signal.has("value") && signal.has("baseline") && signal.has("description"));
        CliTest.Run csv = CliTest.run("clusters", "--case", caseFile, "--format", "csv");
        assertTrue(csv.out().startsWith("cluster_id,accounts,interactions,risk,flagged,topic_shares,signals"));
    }

    @Test
    void topicsPerInteractionHasOneRowPerInteraction() {
        CliTest.Run r = CliTest.run("topics", "--case", caseFile, "--format", "csv", "--per-interaction");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals("request_id,topic,cot_elicitation,confidence,inherited", lines[0]);
        for (int i = 1; i < Math.min(lines.length, 200); i++) {
            double confidence = Double.parseDouble(lines[i].split(",")[3]);
            assertTrue(confidence > 0 && confidence <= 1, lines[i]);
        }
        CliTest.Run info = CliTest.run("info", "--case", caseFile, "--json");
        long interactions = Long.parseLong(info.out().replaceAll("(?s).*\"interactions\" : (\\d+).*", "$1"));
        assertEquals(interactions, lines.length - 1);
        CliTest.Run breakdown = CliTest.run("topics", "--case", caseFile, "--cluster", "1", "--format", "csv");
        assertTrue(breakdown.out().startsWith("topic,interactions,share,cot_elicitation,cot_share"), breakdown.out());
    }

    @Test
    void anUnknownClusterIsAnErrorNamingTheKnownRange() {
        CliTest.Run r = CliTest.run("topics", "--case", caseFile, "--cluster", "99999", "--format", "csv");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no cluster 99999") && r.err().contains("numbered 1 to "), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void clustersLeaveSingleAccountsOutUnlessAsked() throws Exception {
        JsonNode some = new ObjectMapper().readTree(CliTest.run("clusters", "--case", caseFile).out());
        JsonNode all = new ObjectMapper().readTree(CliTest.run("clusters", "--case", caseFile, "--min-accounts", "1")
                .out());
        assertTrue(some.size() < all.size(), some.size() + " vs " + all.size());
        some.forEach(c -> assertTrue(c.get("accounts").asInt() >= 2, c.toString()));
        all.forEach(c -> assertTrue(c.has("evidence"), c.toString()));
    }

    @Test
    void evaluateTopicsPrintsAccuracyPerTopicScoresAndTheConfusionMatrix() throws Exception {
        CliTest.Run perInteraction = CliTest.run("topics", "--case", caseFile, "--format", "csv", "--per-interaction");
        String[] lines = perInteraction.out().strip().split("\n");
        StringBuilder labels = new StringBuilder("request_id,topic,cot\n");
        for (int i = 1; i <= 40; i++) {
            String[] f = lines[i].split(",");
            // the first 30 keep their topic, the last 10 are labelled differently: accuracy is exactly 30/40
            String topic = i <= 30 ? f[1] : (f[1].equals("general") ? "coding" : "general");
            labels.append(f[0]).append(',').append(topic).append(',').append(f[2]).append('\n');
        }
        labels.append("no-such-request,general,false\n");
        Path file = dir.resolve("topic-labels.csv");
        java.nio.file.Files.writeString(file, labels);
        CliTest.Run r = CliTest.run("evaluate", "--case", caseFile, "--topics", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("prompts 40, accuracy 0.750"), r.out());
        assertTrue(r.out().contains("chain-of-thought: 40 labelled, accuracy 1.000"), r.out());
        assertTrue(r.out().contains("confusion (rows: labelled, columns: predicted)"), r.out());
        assertTrue(r.out().contains("labelled request ids not in the case: 1"), r.out());
    }

    @Test
    void evaluateReportsPerCampaignAndLookAlikes() {
        CliTest.Run r = CliTest.run("evaluate", "--case", caseFile, "--labels",
                dir.resolve("data").resolve("labels.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("overall"), r.out());
        assertTrue(r.out().contains("organisation"), r.out());
    }

    @Test
    void resultCommandsBeforeAnalysisSayWhatToDo() {
        String fresh = dir.resolve("fresh.hcase").toString();
        CliTest.run("ingest", "--case", fresh, dir.resolve("data").resolve("accounts.csv").toString());
        CliTest.Run r = CliTest.run("accounts", "--case", fresh, "--format", "csv");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("run 'hydrascope analyze"), r.err());
    }
}
