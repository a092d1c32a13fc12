package io.hydrascope.ingest;

import static io.hydrascope.ingest.Fixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.RequestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportServiceTest extends ImportingTest {
    private ImportResult ingest(Path file) {
        return importFile(file, ImportOptions.DEFAULT);
    }

    @Test
    void everyRowIsImportedQuarantinedOrCountedAsDuplicate() throws Exception {
        Path file = Fixtures.write(dir, "mixed.csv", HEADER + "\n"
                + "r1,2026-02-01T10:00:00Z,a1,1.2.3.4,ua,m,c1,1,10,20,0,ok,hello\n"
                + "r2,2026-02-01T10:00:01Z,a1,1.2.3.4,ua,m,c1,2,10,20,0,ok,again\n"
                + "r1,2026-02-01T10:00:02Z,a1,1.2.3.4,ua,m,c1,3,10,20,0,ok,duplicate id\n"
                + "r3,not a time,a1,,,,,,,,,,x\n"
                + "r4,2026-02-01T10:00:03Z,a2,,,,,,-1,,,,negative tokens\n"
                + "r5,2026-02-01T10:00:03Z,a2,,,,,,many,,,,non numeric tokens\n"
                + ",2026-02-01T10:00:03Z,a2,,,,,,,,,,no id\n"
                + "r6,2026-02-01T10:00:03Z\n"
                + "r7,2026-02-01T10:00:03Z,a3,,,,,,,,,,fine\n");
        ImportCounts c = ingest(file).record().counts();
        assertEquals(new ImportCounts(9, 3, 5, 1, 0, 0), c);
        assertEquals(Map.of("unparseable timestamp", 1L, "negative token count", 1L, "non-numeric token count", 1L,
                "missing required field", 1L, "wrong column count", 1L), store.quarantine().reasonCounts(null));
        assertEquals(List.of("5", "6", "7", "8", "9"),
                CaseDb.column(casePath, "SELECT line FROM quarantine ORDER BY line"));
        assertEquals(3, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
        assertEquals("hello", CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='r1'").get(0));
    }

    @Test
    void quarantineKeepsTheRawRowAndNamesFieldAndValue() throws Exception {
        Path file = Fixtures.write(dir, "bad.csv", HEADER + "\nr3,31/02/2026,a1,,,,,,,,,,x\n");
        ingest(file);
        assertEquals("r3,31/02/2026,a1,,,,,,,,,,x", CaseDb.column(casePath, "SELECT raw FROM quarantine").get(0));
        String detail = CaseDb.column(casePath, "SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("timestamp '31/02/2026'"), detail);
        assertEquals("bad.csv", CaseDb.column(casePath, "SELECT file_name FROM quarantine").get(0));
    }

    @Test
    void readsQuotedFieldsWithNewlinesCrlfAndByteOrderMark() throws Exception {
        String content = "\uFEFF" + HEADER.replace("\n", "") + "\r\n"
                + "r1,2026-02-01T10:00:00Z,a1,,,,,,,,,,\"line one\r\nline \"\"two\"\", with comma\"\r\n"
                + "r2,2026-02-01T10:00:00Z,a1,,,,,,,,,,plain\r\n";
        Path file = Fixtures.write(dir, "crlf.csv", content);
        assertEquals(2, ingest(file).record().counts().imported());
        assertEquals("line one\r\nline \"two\", with comma",
                CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='r1'").get(0));
        assertEquals("4", CaseDb.column(casePath, "SELECT line FROM interactions WHERE request_id='r2'").get(0));
    }

    @Test
    void aQuotedFieldLeftOpenAtTheEndIsQuarantinedAsMalformedWithItsLine() throws Exception {
        Path file = Fixtures.write(dir, "open.csv", HEADER + "\n"
                + "r1,2026-02-01T10:00:00Z,a1,,,,,,,,,,\"closed\"\n"
                + "r2,2026-02-01T10:00:01Z,a1,,,,,,,,,,\"never closed\n"
                + "r3,2026-02-01T10:00:02Z,a1,,,,,,,,,,swallowed by r2's quote\n");
        ImportCounts c = ingest(file).record().counts();
        assertEquals(new ImportCounts(2, 1, 1, 0, 0, 0), c);
        assertEquals(List.of("3|malformed CSV"), CaseDb.column(casePath, "SELECT line || '|' || reason FROM quarantine"));
        String detail = CaseDb.column(casePath, "SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("quoted field is not closed"), detail);
        assertTrue(CaseDb.column(casePath, "SELECT raw FROM quarantine").get(0).contains("swallowed by r2"),
                "the raw text keeps what the open quote took in");
    }

    @Test
    void aHeaderWhoseQuoteIsNeverClosedIsAClearError() throws Exception {
        Path file = Fixtures.write(dir, "header.csv", "request_id,timestamp,account_id,\"prompt\n"
                + "r1,2026-02-01T10:00:00Z,a1,hello\n");
        ImportException e = assertThrows(ImportException.class, () -> ingest(file));
        assertTrue(e.getMessage().contains("header.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("quoted field is not closed"), e.getMessage());
    }

    @Test
    void aClosedQuotedLastFieldWithoutFinalNewlineAndTextAfterAClosingQuoteAreKept() throws Exception {
        Path file = Fixtures.write(dir, "ends.csv", HEADER + "\n"
                + "r1,2026-02-01T10:00:00Z,a1,,,,,,,,,,\"quoted\"tail\n"
                + "r2,2026-02-01T10:00:01Z,a1,,,,,,,,,,\"last, no newline\"");
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 0), ingest(file).record().counts());
        assertEquals(List.of("quotedtail", "last, no newline"),
                CaseDb.column(casePath, "SELECT prompt FROM interactions ORDER BY line"));
    }

    @Test
    void columnOrderDoesNotMatterAndUnknownColumnsAreIgnored() throws Exception {
        Path file = Fixtures.write(dir, "reordered.csv", "Prompt,Extra,AccountId,Timestamp,RequestID\n"
                + "hi,whatever,a1,2026-02-01T10:00:00Z,r1\n");
        assertEquals(1, ingest(file).record().counts().imported());
        assertEquals("hi", CaseDb.column(casePath, "SELECT prompt FROM interactions_v WHERE account_id='a1'").get(0));
    }

    @Test
    void importsJsonLinesWithTheSameKeys() throws Exception {
        Path file = Fixtures.write(dir, "log.jsonl",
                "{\"request_id\":\"j1\",\"timestamp\":1769940000,\"account_id\":\"a1\",\"input_tokens\":5,"
                + "\"tool_calls\":[{\"name\":\"search\"}],\"prompt\":\"multi\\nline\"}\n"
                + "\n"
                + "{not json}\n"
                + "{\"request_id\":\"j2\",\"timestamp\":\"2026-02-01T10:00:00Z\",\"account_id\":\"a2\"}\n");
        ImportCounts c = ingest(file).record().counts();
        assertEquals(new ImportCounts(3, 2, 1, 0, 0, 0), c);
        assertEquals("[{\"name\":\"search\"}]",
                CaseDb.column(casePath, "SELECT tool_calls FROM interactions WHERE request_id='j1'").get(0));
        assertEquals("3", CaseDb.column(casePath, "SELECT line FROM quarantine").get(0));
    }

    @Test
    void importsGzipCompressedFiles() throws Exception {
        Path file = Fixtures.gzip(dir, "log.csv.gz", HEADER + "\nr1,2026-02-01T10:00:00Z,a1,,,,,,,,,,gz\n");
        assertEquals(1, ingest(file).record().counts().imported());
    }

    @Test
    void multilingualTextAndEmojiRoundTripAndAMebibytePromptImports() throws Exception {
        String text = "日本語のテキスト, русский, العربية, emoji 🎉👩‍💻 and \"quotes\"";
        String big = "x".repeat(1 << 20);
        Path file = Fixtures.write(dir, "text.csv", HEADER + "\nr1,2026-02-01T10:00:00Z,a1,,,,,,,,,,\"" + text.replace(
                "\"", "\"\"") + "\"\nr2,2026-02-01T10:00:00Z,a1,,,,,,,,,," + big + "\n");
        assertEquals(2, ingest(file).record().counts().imported());
        assertEquals(text, CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='r1'").get(0));
        assertEquals(1 << 20, CaseDb.count(casePath, "SELECT length(prompt) FROM interactions WHERE request_id='r2'"));
    }

    @Test
    void invalidUtf8IsReplacedAndTheRowFlagged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\nr1,2026-02-01T10:00:00Z,a1,,,,,,,,,,bad ").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes(" byte\nr2,2026-02-01T10:00:00Z,a1,,,,,,,,,,good\n".getBytes(StandardCharsets.UTF_8));
        Path file = Fixtures.writeBytes(dir, "bad-utf8.csv", bytes.toByteArray());
        ImportCounts c = ingest(file).record().counts();
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 1), c);
        assertEquals("1", CaseDb.column(casePath, "SELECT flags FROM interactions WHERE request_id='r1'").get(0));
        assertTrue(CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='r1'").get(0)
                .contains("\uFFFD"));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path file = Fixtures.rows(dir, "a.csv", "r", 100);
        ImportResult first = ingest(file);
        ImportResult second = ingest(file);
        assertFalse(first.alreadyImported());
        assertTrue(second.alreadyImported());
        assertEquals(first.record().id(), second.record().id());
        assertEquals(100, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
        assertEquals(1, CaseDb.count(casePath, "SELECT count(*) FROM imports"));
    }

    @Test
    void duplicatesAcrossFilesAreCountedInBothLoadModes() throws Exception {
        // first file: a bulk load into an empty case (indexes rebuilt afterwards, duplicates settled at the end)
        Path first = Fixtures.rows(dir, "first.csv", "r", 2_000);
        Path again = Fixtures.write(dir, "again.csv", Fixtures.HEADER + "\n"
                + "r5,2026-02-01T10:00:00Z,a1,,,,,,,,,,dup of first\n"
                + "r5,2026-02-01T10:00:00Z,a1,,,,,,,,,,dup of first twice\n"
                + "new1,2026-02-01T10:00:00Z,a1,,,,,,,,,,new\n");
        assertEquals(2_000, ingest(first).record().counts().imported());
        // second file: small compared with the case, each row checked against the request key index as it is inserted
        ImportCounts c = ingest(again).record().counts();
        assertEquals(new ImportCounts(3, 1, 0, 2, 0, 0), c);
        assertEquals(2_001, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
        assertEquals("prompt number 5",
                CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='r5'").get(0));
    }

    @Test
    void requestIdsThatShareAKeyAreStillDifferentInteractions() throws Exception {
        ingest(Fixtures.rows(dir, "first.csv", "r", 2_000));
        // make r5 look, by its key, like the id "other": only the text comparison can tell them apart
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + casePath);
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE interactions SET request_key = ? WHERE request_id = 'r5'")) {
            ps.setLong(1, RequestKeys.of("other"));
            ps.executeUpdate();
        }
        Path small = Fixtures.write(dir, "small.csv", Fixtures.HEADER + "\n"
                + "other,2026-02-01T10:00:00Z,a1,,,,,,,,,,same key as r5\n"
                + "other,2026-02-01T10:00:00Z,a1,,,,,,,,,,a real duplicate\n");
        assertEquals(new ImportCounts(2, 1, 0, 1, 0, 0), ingest(small).record().counts());
        assertEquals(List.of("same key as r5"),
                CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id = 'other'"));
    }

    @Test
    void everyInteractionIsFoundThroughItsRequestKey() throws Exception {
        ingest(Fixtures.rows(dir, "first.csv", "r", 1_000));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + casePath);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT request_id, request_key FROM interactions")) {
            int rows = 0;
            while (rs.next()) {
                assertEquals(RequestKeys.of(rs.getString(1)), rs.getLong(2), rs.getString(1));
                rows++;
            }
            assertEquals(1_000, rows);
        }
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM pragma_foreign_key_check"),
                "the load ran without foreign key checks; the references must hold anyway");
        assertEquals(1, CaseDb.count(casePath, "SELECT count(*) FROM pragma_index_list('interactions') "
                + "WHERE name = 'idx_interactions_request_key'"));
    }

    @Test
    void duplicatesInsideOneBulkLoadKeepTheFirstRow() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 3_000; i++) {
            sb.append("id").append(i % 1_000).append(",2026-02-01T10:00:00Z,a").append(i % 3).append(",,,,,,,,,,p")
                    .append(i).append('\n');
        }
        Path file = Fixtures.write(dir, "dups.csv", sb.toString());
        ImportCounts c = ingest(file).record().counts();
        assertEquals(new ImportCounts(3_000, 1_000, 0, 2_000, 0, 0), c);
        assertEquals("p7", CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE request_id='id7'").get(0));
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM import_suspects"));
        assertEquals(1_000, CaseDb.count(casePath, "SELECT imported FROM imports"));
    }

    @Test
    void cancelledImportKeepsCommittedChunksAndResumesWithoutDuplicates() throws Exception {
        Path file = Fixtures.rows(dir, "big.csv", "r", 120_000);
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelMidway = (done, total, msg) -> {
            if (msg.startsWith("importing") && done > total / 2) {
                cancel.cancel();
            }
        };
        ImportCancelledException stopped = assertThrows(ImportCancelledException.class,
                () -> service.importFile(store, file, cancelMidway, cancel));
        assertEquals(ImportStatus.CANCELLED, stopped.record().status());
        long partial = CaseDb.count(casePath, "SELECT count(*) FROM interactions");
        assertTrue(partial > 0 && partial < 120_000, "partial " + partial);
        assertEquals(partial, stopped.record().counts().imported());

        ImportResult resumed = ingest(file);
        assertTrue(resumed.resumed());
        assertEquals(new ImportCounts(120_000, 120_000, 0, 0, 0, 0), resumed.record().counts());
        assertEquals(ImportStatus.COMPLETE, resumed.record().status());
        assertEquals(120_000, CaseDb.count(casePath, "SELECT count(DISTINCT request_id) FROM interactions"));
        assertEquals(120_000, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    @Test
    void accountsAndLabelsFilesAreRecognisedByTheirColumns() throws Exception {
        Path accounts = Fixtures.write(dir, "accounts.csv", "account_id,created_at,email_domain,payment_fingerprint,"
                + "country,org_id,plan\na1,2026-01-01T00:00:00Z,mail.example,pf-1,DE,,free\n"
                + "a1,2026-01-01T00:00:00Z,mail.example,pf-1,DE,,free\n"
                + "a2,yesterday,x.example,,,,\n");
        Path labels = Fixtures.write(dir, "labels.csv", "account_id,campaign\na1,camp-1\na2,\na3,benign\n");
        assertEquals(new ImportCounts(3, 1, 1, 1, 0, 0), ingest(accounts).record().counts());
        assertEquals(new ImportCounts(3, 3, 0, 0, 0, 0), ingest(labels).record().counts());
        assertEquals("pf-1", CaseDb.column(casePath,
                "SELECT payment_fingerprint FROM accounts WHERE account_id='a1'").get(0));
        assertEquals(List.of("camp-1", "benign", "benign"),
                CaseDb.column(casePath, "SELECT campaign FROM labels ORDER BY account_id"));
    }

    @Test
    void fileOfUnknownShapeGetsAnErrorNamingWhatWasExpected() throws Exception {
        Path file = Fixtures.write(dir, "other.csv", "foo,bar\n1,2\n");
        ImportException e = assertThrows(ImportException.class, () -> ingest(file));
        assertTrue(e.getMessage().contains("other.csv:1: unrecognised columns [foo, bar]"), e.getMessage());
        assertTrue(e.getMessage().contains("request_id, timestamp, account_id"), e.getMessage());
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM imports"));
    }

    @Test
    void missingFileIsAClearError() {
        ImportException e = assertThrows(ImportException.class, () -> ingest(dir.resolve("nope.csv")));
        assertTrue(e.getMessage().endsWith("nope.csv: file not found"), e.getMessage());
    }
}
