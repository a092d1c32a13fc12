package io.hydrascope.ingest;

import static io.hydrascope.ingest.Fixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.ProgressListener;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A record larger than the limit is quarantined with its line and size, and reading goes on with the next one. */
class RecordSizeLimitTest extends ImportingTest {
    private static final long LIMIT = 4096;

    private ImportResult ingest(Path file, long limit) {
        return importFile(file, ImportOptions.DEFAULT.withMaxRecordBytes(limit));
    }

    private List<String> column(String sql) {
        return CaseDb.column(casePath, sql);
    }

    private static String row(int i, String prompt) {
        return "r" + i + ",2026-02-01T10:00:00Z,a1,,,,,,10,20,,ok," + prompt;
    }

    @Test
    void csvPromptOfSeventeenMebibytesIsQuarantinedAndTheNineHundredEightyNineRowsAfterItImport() throws Exception {
        Path file = dir.resolve("big-prompt.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (int i = 1; i <= 1000; i++) {
                w.write(row(i, i == 11 ? "\"" + "x".repeat(17 << 20) + "\"" : "prompt " + i) + "\n");
            }
        }
        ImportResult result = service.importFile(store, file, ProgressListener.NONE, new CancellationToken());
        assertEquals(new ImportCounts(1000, 999, 1, 0, 0, 0), result.record().counts());
        assertEquals(ImportStatus.COMPLETE, result.record().status());
        assertEquals(List.of("12|record too large"), column("SELECT line || '|' || reason FROM quarantine"));
        String detail = column("SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("17,825,8") && detail.contains("16,777,216 bytes"), detail);
        assertTrue(CaseDb.count(casePath, "SELECT length(raw) FROM quarantine") < 1_100, "only a head is kept");
        assertEquals(List.of("1001"), column("SELECT line FROM interactions WHERE request_id = 'r1000'"));
    }

    @Test
    void csvRecordsCutInsideAndOutsideQuotesKeepTheFileLinesOfTheRowsAfterThem() throws Exception {
        String multiLine = "\"" + ("a line with a \"\"quote\"\", and a comma\r\n").repeat(200) + "end\"";
        String content = HEADER + "\r\n"
                + row(1, "first") + "\r\n"
                + row(2, multiLine) + "\r\n"
                + row(3, "third") + "\r\n"
                + "\r\n"
                + row(4, "y".repeat(5000)) + "\r\n"
                + row(5, "\"quoted\"tail and \"\"\"" + "z".repeat(5000) + "\"") + "\n"
                + row(6, "\"last, with\nbreak\"") + "\n";
        ImportResult result = ingest(Fixtures.write(dir, "cuts.csv", content), LIMIT);
        assertEquals(new ImportCounts(6, 3, 3, 0, 0, 0), result.record().counts());
        assertEquals(List.of("3|record too large", "206|record too large", "207|record too large"),
                column("SELECT line || '|' || reason FROM quarantine ORDER BY line"));
        assertEquals(List.of("r1|2", "r3|204", "r6|208"),
                column("SELECT request_id || '|' || line FROM interactions ORDER BY line"));
        assertEquals(List.of("last, with\nbreak"), column("SELECT prompt FROM interactions WHERE request_id = 'r6'"));
    }

    @Test
    void aCsvRecordJustUnderTheLimitIsImportedWhole() throws Exception {
        String prompt = "p".repeat((int) LIMIT - row(1, "").length());
        Path file = Fixtures.write(dir, "edge.csv", HEADER + "\n" + row(1, prompt) + "\n" + row(2, prompt + "p") + "\n");
        assertEquals(new ImportCounts(2, 1, 1, 0, 0, 0), ingest(file, LIMIT).record().counts());
        assertEquals(List.of(String.valueOf(prompt.length())),
                column("SELECT length(prompt) FROM interactions WHERE request_id = 'r1'"));
    }

    @Test
    void jsonLinesLineOverTheLimitIsQuarantinedWithItsLineAndSizeAndReadingGoesOn() throws Exception {
        Path file = dir.resolve("big.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(jsonLine("j1", "small").getBytes(StandardCharsets.UTF_8));
            out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(jsonLine("j2", "x".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(jsonLine("j3", "after").getBytes(StandardCharsets.UTF_8));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        ImportResult result = ingest(file, LIMIT);
        assertEquals(new ImportCounts(3, 2, 1, 0, 0, 0), result.record().counts());
        assertEquals(ImportStatus.COMPLETE, result.record().status());
        assertEquals(List.of("3|record too large"), column("SELECT line || '|' || reason FROM quarantine"));
        int size = jsonLine("j2", "x".repeat(1 << 20)).length();
        String detail = column("SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains(String.format(java.util.Locale.ROOT, "%,d bytes", size)), detail);
        assertTrue(column("SELECT raw FROM quarantine").get(0).length() < 1_100);
        assertEquals(List.of("j1|1", "j3|4"), column("SELECT request_id || '|' || line FROM interactions ORDER BY line"));
    }

    @Test
    void jsonLinesLimitCountsUtf8BytesNotCharacters() throws Exception {
        String han = "漢".repeat(1500); // 1,500 characters, 4,500 bytes
        Path file = Fixtures.write(dir, "han.jsonl", jsonLine("h1", han) + "\n" + jsonLine("h2", "ok") + "\n");
        assertEquals(new ImportCounts(2, 1, 1, 0, 0, 0), ingest(file, LIMIT).record().counts());
        assertEquals(List.of("h2"), column("SELECT request_id FROM interactions"));
    }

    @Test
    void anOversizedFirstJsonLinesLineDoesNotStopTheFileFromBeingRecognised() throws Exception {
        Path file = Fixtures.write(dir, "first.jsonl", jsonLine("f1", "x".repeat(10_000)) + "\n"
                + jsonLine("f2", "fine") + "\n");
        ImportResult result = ingest(file, LIMIT);
        assertEquals(new ImportCounts(2, 1, 1, 0, 0, 0), result.record().counts());
        assertEquals(List.of("1|record too large"), column("SELECT line || '|' || reason FROM quarantine"));
    }

    @Test
    void jsonArrayObjectOverTheLimitIsSkippedAndTheObjectsAfterItImport() throws Exception {
        StringBuilder wide = new StringBuilder("{\"request_id\": \"w\", \"timestamp\": \"2026-02-01T10:00:00Z\", "
                + "\"account_id\": \"a1\"");
        for (int i = 0; i < 20; i++) {
            wide.append(", \"extra").append(i).append("\": {\"text\": \"").append("w".repeat(500)).append("\"}");
        }
        wide.append('}');
        Path file = Fixtures.write(dir, "array.json", "[" + jsonLine("o1", "one") + ",\n" + wide + ",\n"
                + jsonLine("o3", "three") + "]");
        ImportResult result = ingest(file, LIMIT);
        assertEquals(new ImportCounts(3, 2, 1, 0, 0, 0), result.record().counts());
        assertEquals(ImportStatus.COMPLETE, result.record().status());
        assertEquals(List.of("2|record too large"), column("SELECT line || '|' || reason FROM quarantine"));
        assertTrue(column("SELECT detail FROM quarantine").get(0).contains("characters"));
        assertEquals(List.of("o1", "o3"), column("SELECT request_id FROM interactions ORDER BY line"));
    }

    static String jsonLine(String id, String prompt) {
        return "{\"request_id\": \"" + id + "\", \"timestamp\": \"2026-02-01T10:00:00Z\", \"account_id\": \"a1\", "
                + "\"prompt\": \"" + prompt + "\"}";
    }
}
