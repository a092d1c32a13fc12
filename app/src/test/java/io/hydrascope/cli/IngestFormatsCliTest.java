package io.hydrascope.cli;

import static io.hydrascope.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestFormatsCliTest {
    private static final String PROFILE = "{\"name\": \"shop log\", \"header\": [\"t\", \"who\", \"q\"], "
            + "\"fields\": {\"timestamp\": \"t\", \"account_id\": \"who\", \"prompt\": \"q\"}, "
            + "\"timestamp\": {\"format\": \"epoch_millis\"}}";

    @TempDir
    Path dir;

    private Path shopLog() throws Exception {
        return Files.writeString(dir.resolve("shop.csv"), "t,who,q\n1770112800000,a1,hello\n1770112801000,a2,bye\n");
    }

    @Test
    void mappingProfileFileReadsAnUnrecognisedCsvAndTheSummaryNamesMissingFields() throws Exception {
        Path profile = Files.writeString(dir.resolve("shop.json"), PROFILE);
        Path casePath = dir.resolve("c.hcase");
        CliTest.Run r = run("ingest", "--no-search-index", "--case", casePath.toString(), "--mapping",
                profile.toString(), shopLog().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("shop.csv: mapping profile 'shop log' (csv)"), r.out());
        assertTrue(r.out().contains("read 2 = imported 2 + quarantined 0 + duplicates 0 + skipped 0"), r.out());
        assertTrue(r.out().contains("note: not available in this format: ip, user_agent, model"), r.out());
        assertEquals(List.of("2026-02-03T10:00:00.000Z"),
                CaseDb.column(casePath, "SELECT timestamp FROM interactions_v WHERE account_id = 'a1'"));
    }

    @Test
    void mappingCanNameAProfileSavedInTheProfileDirectory() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("shop-log.json"), PROFILE);
        CliTest.Run r = run("ingest", "--no-search-index", "--case", dir.resolve("c.hcase").toString(), "--mapping",
                "Shop Log", "--profiles", profiles.toString(), shopLog().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 2"), r.out());
    }

    @Test
    void unusableMappingExitsTwoWithTheReason() throws Exception {
        Path profile = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"fields\": {}}");
        CliTest.Run r = run("ingest", "--case", dir.resolve("c.hcase").toString(), "--mapping", profile.toString(),
                shopLog().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no column or value for required field"), r.err());
        CliTest.Run missing = run("ingest", "--case", dir.resolve("c.hcase").toString(), "--mapping", "nope",
                "--profiles", dir.toString(), shopLog().toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no profile of that name in " + dir), missing.err());
    }

    @Test
    void accountOptionNamesTheUserOfAChatGptExport() throws Exception {
        Path export = Files.writeString(dir.resolve("conversations.json"), "[{\"id\": \"c\", \"title\": \"t\", "
                + "\"create_time\": 1770112800, \"current_node\": \"u\", \"mapping\": {\"u\": {\"id\": \"u\", "
                + "\"parent\": null, \"children\": [], \"message\": {\"id\": \"u\", \"author\": {\"role\": \"user\"}, "
                + "\"create_time\": 1770112800, \"content\": {\"content_type\": \"text\", \"parts\": [\"hi\"]}}}}}]");
        Path casePath = dir.resolve("c.hcase");
        CliTest.Run r = run("ingest", "--no-search-index", "--case", casePath.toString(), "--account", "ana",
                export.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conversations.json: ChatGPT data export (json array)"), r.out());
        assertEquals(List.of("ana"), CaseDb.column(casePath, "SELECT account_id FROM interactions_v"));
    }

    @Test
    void maxRecordBytesQuarantinesLargerRecordsAndAnUnreadableSizeExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("big.jsonl"), "{\"request_id\": \"r1\", \"timestamp\": "
                + "\"2026-02-03T10:00:00Z\", \"account_id\": \"a1\", \"prompt\": \"" + "x".repeat(3000) + "\"}\n"
                + "{\"request_id\": \"r2\", \"timestamp\": \"2026-02-03T10:00:00Z\", \"account_id\": \"a1\", "
                + "\"prompt\": \"small\"}\n");
        Path casePath = dir.resolve("c.hcase");
        CliTest.Run r = run("ingest", "--no-search-index", "--case", casePath.toString(), "--max-record-bytes", "2K",
                file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read 2 = imported 1 + quarantined 1"), r.out());
        assertTrue(r.out().contains("quarantined: record too large: 1"), r.out());
        CliTest.Run bad = run("ingest", "--case", casePath.toString(), "--max-record-bytes", "lots", file.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--max-record-bytes lots"), bad.err());
        assertEquals(2, run("ingest", "--case", casePath.toString(), "--max-record-bytes", "10", file.toString())
                .code(), "below the smallest limit");
    }

    @Test
    void anImportThatCannotReadTheWholeFileExitsOneAndRunningAgainResumesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "[{\"request_id\": \"r1\", \"timestamp\": "
                + "\"2026-02-03T10:00:00Z\", \"account_id\": \"a1\"},\n{\"request_id\": \"r2\" oops}]");
        Path casePath = dir.resolve("c.hcase");
        CliTest.Run r = run("ingest", "--no-search-index", "--case", casePath.toString(), file.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("read 1 = imported 1"), r.out());
        assertTrue(r.out().contains("  incomplete: reading stopped at line 2"), r.out());
        assertTrue(r.err().contains("broken.json: import incomplete: reading stopped at line 2: invalid JSON"),
                r.err());
        CliTest.Run again = run("ingest", "--no-search-index", "--case", casePath.toString(), file.toString());
        assertEquals(1, again.code());
        assertTrue(again.out().contains("(resumed)"), again.out());
    }
}
