package io.hydrascope.ingest;

import static io.hydrascope.ingest.RecordSizeLimitTest.jsonLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportStatus;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A file whose rest cannot be read keeps the rows before that point, is marked incomplete with how much was not read,
 * and is resumed rather than taken as imported when it is imported again.
 */
class IncompleteImportTest extends ImportingTest {
    private ImportResult ingest(Path file, ImportOptions options) {
        return importFile(file, options);
    }

    @Test
    void brokenJsonInTheMiddleOfAnArrayLeavesTheImportIncompleteAndImportingAgainResumesIt() throws Exception {
        Path file = Fixtures.write(dir, "broken.json", "[" + jsonLine("b1", "one") + ",\n" + jsonLine("b2", "two")
                + ",\n{\"request_id\": \"b3\" \"timestamp\": 1},\n" + jsonLine("b4", "four") + "]");
        ImportResult first = ingest(file, ImportOptions.DEFAULT);
        assertFalse(first.complete());
        assertEquals(ImportStatus.FAILED, first.record().status());
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 0), first.record().counts());
        String reason = first.incompleteReason();
        assertTrue(reason.startsWith("incomplete: reading stopped at line 3: invalid JSON"), reason);
        assertTrue(reason.matches(".*about [0-9,]+ of " + Files.size(file) + " bytes .* were not read.*"), reason);

        ImportResult again = ingest(file, ImportOptions.DEFAULT);
        assertFalse(again.alreadyImported(), "an incomplete import is never taken as the file imported");
        assertTrue(again.resumed());
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 0), again.record().counts());
        assertEquals(2, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    @Test
    void aTruncatedGzipKeepsTheRowsReadAndSaysHowMuchWasNotRead() throws Exception {
        StringBuilder csv = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            csv.append("t").append(i).append(",2026-02-01T10:00:00Z,a").append(i % 9).append(",,,,,,,,,,prompt ")
                    .append(Integer.toHexString(i * 7919)).append('\n');
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Path file = Fixtures.writeBytes(dir, "cut.csv.gz", Arrays.copyOf(whole, whole.length * 2 / 3));
        ImportResult result = ingest(file, ImportOptions.DEFAULT);
        assertFalse(result.complete());
        ImportCounts c = result.record().counts();
        assertTrue(c.imported() > 5_000 && c.imported() < 20_000, c.toString());
        assertEquals(c.rowsRead(), c.imported());
        assertEquals(c.imported(), CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
        assertTrue(result.incompleteReason().contains("cannot read"), result.incompleteReason());
    }

    @Test
    void aJsonArrayStringLongerThanTheLimitStopsReadingAndALargerLimitResumesTheImport() throws Exception {
        Path file = Fixtures.write(dir, "long-string.json", "[" + jsonLine("s1", "one") + ",\n"
                + jsonLine("s2", "x".repeat(20_000)) + ",\n" + jsonLine("s3", "three") + "]");
        ImportResult limited = ingest(file, ImportOptions.DEFAULT.withMaxRecordBytes(4096));
        assertFalse(limited.complete());
        assertEquals(new ImportCounts(1, 1, 0, 0, 0, 0), limited.record().counts());
        assertTrue(limited.incompleteReason().contains("longer than the record size limit"),
                limited.incompleteReason());

        ImportResult resumed = ingest(file, ImportOptions.DEFAULT.withMaxRecordBytes(65_536));
        assertTrue(resumed.resumed());
        assertTrue(resumed.complete());
        assertEquals(new ImportCounts(3, 3, 0, 0, 0, 0), resumed.record().counts());
        assertTrue(ingest(file, ImportOptions.DEFAULT).alreadyImported());
    }
}
