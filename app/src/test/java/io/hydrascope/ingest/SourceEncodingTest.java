package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.ImportCounts;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTF-16 files, with or without a byte-order mark, are read as what they are instead of as broken UTF-8. */
class SourceEncodingTest extends ImportingTest {
    private static final String CSV = Fixtures.HEADER + "\r\n"
            + "u1,2026-02-01T10:00:00Z,a1,,,,,,,,,,héllo 漢字 🙂\r\n"
            + "u2,2026-02-01T10:00:01Z,a1,,,,,,,,,,\"two, lines\r\nhere\"\r\n";

    private ImportResult ingest(Path file) {
        return importFile(file, ImportOptions.DEFAULT);
    }

    private static byte[] encode(String text, String charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{0}, byte-order mark {1}")
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false", "UTF-32LE, true"})
    void csvInUtf16OrUtf32IsTranscodedAndEveryRowImports(String charset, boolean bom) throws Exception {
        Path file = Fixtures.writeBytes(dir, "wide.csv", encode(CSV, charset, bom));
        ImportResult result = ingest(file);
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 0), result.record().counts());
        assertEquals(List.of("héllo 漢字 🙂", "two, lines\r\nhere"),
                CaseDb.column(casePath, "SELECT prompt FROM interactions ORDER BY line"));
        assertTrue(result.record().message().contains("read as " + charset), result.record().message());
    }

    @Test
    void jsonLinesInUtf16WithByteOrderMarkImports() throws Exception {
        String jsonl = RecordSizeLimitTest.jsonLine("j1", "grüße") + "\n" + RecordSizeLimitTest.jsonLine("j2", "ok");
        ImportResult result = ingest(Fixtures.writeBytes(dir, "wide.jsonl", encode(jsonl, "UTF-16LE", true)));
        assertEquals(new ImportCounts(2, 2, 0, 0, 0, 0), result.record().counts());
        assertEquals(List.of("grüße", "ok"), CaseDb.column(casePath, "SELECT prompt FROM interactions ORDER BY line"));
    }

    @Test
    void plainUtf8SaysNothingAboutItsEncoding() throws Exception {
        Path file = Fixtures.writeBytes(dir, "narrow.csv", CSV.getBytes(StandardCharsets.UTF_8));
        ImportResult result = ingest(file);
        assertEquals(2, result.record().counts().imported());
        String message = result.record().message() == null ? "" : result.record().message();
        assertTrue(!message.contains("read as"), message);
    }
}
