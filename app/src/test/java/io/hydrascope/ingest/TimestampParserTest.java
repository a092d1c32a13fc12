package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {
    private final TimestampParser strict = new TimestampParser(false);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-02-03T14:05:09Z|2026-02-03T14:05:09Z",
        "2026-02-03T14:05:09.123Z|2026-02-03T14:05:09.123Z",
        "2026-02-03T14:05:09.123456Z|2026-02-03T14:05:09.123456Z",
        "2026-02-03T14:05:09.123456789Z|2026-02-03T14:05:09.123456Z",
        "2026-02-03T16:05:09+02:00|2026-02-03T14:05:09Z",
        "2026-02-03T09:05:09-0500|2026-02-03T14:05:09Z",
        "2026-02-03 14:05:09Z|2026-02-03T14:05:09Z",
        "2024-02-29T00:00:00Z|2024-02-29T00:00:00Z",
        "1770127509|2026-02-03T14:05:09Z",
        "1770127509123|2026-02-03T14:05:09.123Z",
        "1770127509123456|2026-02-03T14:05:09.123456Z",
        "1770127509.5|2026-02-03T14:05:09.5Z",
        "2026-02-03T14:05:09.1+05:30|2026-02-03T08:35:09.1Z",
    })
    void parsesIsoAndEpochForms(String text, String expected) {
        Instant e = Instant.parse(expected);
        assertEquals(e.getEpochSecond() * 1_000_000L + e.getNano() / 1000, strict.parseMicros(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-02-03T25:00:00Z",
        "2026-02-03T14:05:09", "-5", "1e30"})
    void rejectsWhatIsNotATime(String text) {
        assertThrows(IllegalArgumentException.class, () -> strict.parseMicros(text));
    }

    @Test
    void explainsMissingZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strict.parseMicros("2026-02-03T14:05:09.000"));
        assertTrue(e.getMessage().contains("time zone"), e.getMessage());
    }

    @Test
    void readsZonelessTimesAsUtcWhenTheFormatSaysSo() {
        Instant e = Instant.parse("2026-02-03T14:05:09.000123Z");
        assertEquals(e.getEpochSecond() * 1_000_000L + 123,
                new TimestampParser(true).parseMicros("2026-02-03 14:05:09.000123"));
    }

    @Test
    void fastPathAgreesWithJavaTimeAcrossCenturies() {
        for (int year : new int[] {1900, 1970, 1999, 2000, 2038, 2100, 2400}) {
            for (int month = 1; month <= 12; month++) {
                String text = String.format("%04d-%02d-28T23:59:59Z", year, month);
                assertEquals(Instant.parse(text).getEpochSecond() * 1_000_000L, strict.parseMicros(text), text);
            }
        }
    }
}
