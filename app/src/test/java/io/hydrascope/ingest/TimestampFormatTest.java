package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampFormatTest {
    private static long micros(String iso) {
        Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    private static TimestampFormat format(String kind, String pattern, String zone) {
        return new TimestampFormat(TimestampFormat.Kind.fromJson(kind), pattern, zone == null ? null : ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0} {1} [{2}] reads ''{3}''")
    @CsvSource({
            "auto, , , 2026-02-03T10:00:00Z, 2026-02-03T10:00:00Z",
            "auto, , , 1770112800, 2026-02-03T10:00:00Z",
            "auto, , UTC, 2026-02-03 10:00:00.5, 2026-02-03T10:00:00.500Z",
            "iso, , Europe/Amsterdam, 2026-02-03T11:00:00, 2026-02-03T10:00:00Z",
            "iso, , Europe/Amsterdam, 2026-07-03 12:00:00, 2026-07-03T10:00:00Z",
            "iso, , Europe/Amsterdam, 2026-02-03T10:00:00+00:00, 2026-02-03T10:00:00Z",
            "epoch_seconds, , , 1770112800.25, 2026-02-03T10:00:00.250Z",
            "epoch_millis, , , 1770112800250, 2026-02-03T10:00:00.250Z",
            "epoch_millis, , , 12, 1970-01-01T00:00:00.012Z",
            "epoch_micros, , , 1770112800000001, 2026-02-03T10:00:00.000001Z",
            "pattern, dd/MM/yyyy HH:mm:ss, Europe/Amsterdam, 03/02/2026 11:00:00, 2026-02-03T10:00:00Z",
            "pattern, dd/MM/yyyy, UTC, 03/02/2026, 2026-02-03T00:00:00Z",
            "pattern, yyyy-MM-dd HH:mm:ss XXX, , 2026-02-03 12:00:00 +02:00, 2026-02-03T10:00:00Z",
            "pattern, MMM d yyyy h:mm a, America/New_York, Feb 3 2026 5:00 AM, 2026-02-03T10:00:00Z",
    })
    void parsesEachChoiceOfFormat(String kind, String pattern, String zone, String text, String expected) {
        assertEquals(micros(expected), format(kind, pattern, zone).parser().parseMicros(text));
    }

    @ParameterizedTest(name = "{0} {1} [{2}] refuses ''{3}''")
    @CsvSource({
            "auto, , , 2026-02-03T10:00:00",
            "iso, , UTC, 1770112800",
            "epoch_seconds, , , 2026-02-03",
            "epoch_millis, , , -5",
            "pattern, dd/MM/yyyy HH:mm:ss, UTC, 2026-02-03 10:00:00",
            "pattern, dd/MM/yyyy HH:mm:ss, , 03/02/2026 10:00:00",
            "pattern, dd/MM/yyyy HH:mm:ss, UTC, 31/02/2026 10:00:00",
    })
    void refusesTextThatDoesNotFitTheChoice(String kind, String pattern, String zone, String text) {
        TimestampFormat.Parser parser = format(kind, pattern, zone).parser();
        assertThrows(IllegalArgumentException.class, () -> parser.parseMicros(text));
    }

    @Test
    void anEpochNumberWithAHugeExponentIsOutOfRangeWithoutBeingExpanded() {
        TimestampFormat.Parser parser = format("epoch_millis", null, null).parser();
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalArgumentException.class, () -> parser.parseMicros("1E+999999999")));
        assertEquals("epoch time out of range", e.getMessage());
    }

    @Test
    void aPatternFormatNeedsAValidPattern() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampFormat.pattern("dd/MM/yyyy qqqqqq", ZoneId.of("UTC")));
        assertTrue(e.getMessage().startsWith("invalid timestamp pattern 'dd/MM/yyyy qqqqqq'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimestampFormat.pattern(" ", null));
    }

    @Test
    void unknownFormatNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampFormat.Kind.fromJson("rfc2822"));
        assertTrue(e.getMessage().contains("auto, iso, epoch_seconds, epoch_millis, epoch_micros or pattern"));
    }
}
