package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value that cannot be converted quarantines its record, never the file. */
class ValueConversionTest extends ImportingTest {
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    private ImportResult ingest(Path file) {
        return assertTimeoutPreemptively(QUICKLY,
                () -> importFile(file, ImportOptions.DEFAULT));
    }

    private static String object(int i, String inputTokens) {
        return "{\"request_id\": \"n" + i + "\", \"timestamp\": \"2026-02-01T10:00:00Z\", \"account_id\": \"a1\", "
                + "\"input_tokens\": " + inputTokens + ", \"output_tokens\": 2.50e1, \"prompt\": \"p\"}";
    }

    @Test
    void jsonLinesTokenCountOfOneE400QuarantinesThatRecordAndTheOther4000Import() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 4001; i++) {
            sb.append(object(i, i == 2001 ? "1e400" : "12")).append('\n');
        }
        ImportResult result = ingest(Fixtures.write(dir, "numbers.jsonl", sb.toString()));
        assertEquals(new ImportCounts(4001, 4000, 1, 0, 0, 0), result.record().counts());
        assertEquals(ImportStatus.COMPLETE, result.record().status());
        assertEquals(List.of("2001|token count out of range"),
                CaseDb.column(casePath, "SELECT line || '|' || reason FROM quarantine"));
        String detail = CaseDb.column(casePath, "SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("input_tokens") && detail.contains("1E+400"), detail);
        assertEquals(List.of("25"), CaseDb.column(casePath,
                "SELECT DISTINCT output_tokens FROM interactions"), "2.50e1 is still read as 25");
    }

    @Test
    void jsonArrayNumbersBeyondRangeQuarantineTheirRecordsWithoutExpandingTheirExponents() throws Exception {
        String file = "[" + object(1, "7") + ",\n" + object(2, "1e400") + ",\n" + object(3, "-1e999999999") + ",\n"
                + object(4, "123456789012345678901234567890") + ",\n"
                + object(5, "3").replace("\"2026-02-01T10:00:00Z\"", "1e999999999") + ",\n" + object(6, "8") + "]";
        ImportResult result = ingest(Fixtures.write(dir, "numbers.json", file));
        assertEquals(new ImportCounts(6, 2, 4, 0, 0, 0), result.record().counts());
        assertEquals(Map.of("token count out of range", 3L, "unparseable timestamp", 1L),
                store.quarantine().reasonCounts(null));
        assertEquals(List.of("n1", "n6"), CaseDb.column(casePath, "SELECT request_id FROM interactions ORDER BY line"));
    }

    @Test
    void csvTokenCountBeyondALongIsOutOfRangeAndTextIsStillNonNumeric() throws Exception {
        ImportResult result = ingest(Fixtures.write(dir, "numbers.csv", Fixtures.HEADER + "\n"
                + "c1,2026-02-01T10:00:00Z,a1,,,,,,1e400,,,,p\n"
                + "c2,2026-02-01T10:00:00Z,a1,,,,,,many,,,,p\n"
                + "c3,2026-02-01T10:00:00Z,a1,,,,,,99999999999999999999,,,,p\n"
                + "c4,2026-02-01T10:00:00Z,a1,,,,,,5,,,,p\n"));
        assertEquals(new ImportCounts(4, 1, 3, 0, 0, 0), result.record().counts());
        assertEquals(Map.of("token count out of range", 2L, "non-numeric token count", 1L),
                store.quarantine().reasonCounts(null));
    }

    @Test
    void textOfAHugeNumberKeepsItsExponent() {
        assertEquals("1E+400", JsonValues.text(JsonValues.parse("[1e400]").get(0)));
        assertEquals("1E+999999999", JsonValues.text(JsonValues.parse("[1e999999999]").get(0)));
        assertEquals("1686300000", JsonValues.text(JsonValues.parse("[1.6863E9]").get(0)));
        assertEquals("10", JsonValues.text(JsonValues.parse("[10.0]").get(0)));
        assertEquals("0.25", JsonValues.text(JsonValues.parse("[0.250]").get(0)));
    }
}
