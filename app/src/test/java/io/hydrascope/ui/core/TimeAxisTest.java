package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
    private static final long T0 = Instant.parse("2026-02-02T00:00:00Z").getEpochSecond() * TimeAxis.SECOND;

    @ParameterizedTest(name = "{0} µs across 1000 px counts in buckets of {1} µs")
    @CsvSource({
        "60000000, 1000000",          // a minute: seconds
        "3600000000, 15000000",        // an hour: 15 s
        "86400000000, 300000000",      // a day: 5 min
        "3628800000000, 21600000000",  // six weeks: 6 h
        "25920000000000, 86400000000"  // 300 days: days
    })
    void choosesTheSmallestBucketThatStaysReadable(long span, long expected) {
        assertEquals(expected, TimeAxis.bucketFor(span, 1000, 3));
    }

    @Test
    void neverCountsInBucketsSmallerThanASecondOrLargerThanAWeek() {
        assertEquals(TimeAxis.SECOND, TimeAxis.bucketFor(1000, 1000, 3));
        assertEquals(TimeAxis.WEEK, TimeAxis.bucketFor(Long.MAX_VALUE / 4, 1000, 3));
    }

    @Test
    void dayTicksFallOnMidnightInTheShownZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(T0, T0 + 10 * TimeAxis.DAY, 800, 60, tokyo);
        assertTrue(ticks.size() >= 5);
        for (TimeAxis.Tick t : ticks) {
            ZonedDateTime local = TimeAxis.instant(t).atZone(tokyo);
            assertEquals(0, local.getHour(), t.label());
            assertEquals(0, local.getMinute());
        }
    }

    @Test
    void secondTicksAreLabelledToTheSecondAndMidnightIsMajor() {
        long start = T0 - 30 * TimeAxis.SECOND;
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(start, start + 60 * TimeAxis.SECOND, 1200, 60, ZoneOffset.UTC);
        assertTrue(ticks.stream().anyMatch(t -> t.label().matches("\\d\\d:\\d\\d:\\d\\d")));
        TimeAxis.Tick midnight = ticks.stream().filter(t -> t.micros() == T0).findFirst().orElseThrow();
        assertTrue(midnight.major());
        assertTrue(midnight.label().startsWith("Mon 2 Feb"), midnight.label());
    }

    @Test
    void ticksAreAtLeastTheAskedDistanceApart() {
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(T0, T0 + 3 * TimeAxis.HOUR, 900, 90, ZoneOffset.UTC);
        for (int i = 1; i < ticks.size(); i++) {
            double px = (ticks.get(i).micros() - ticks.get(i - 1).micros()) / (3.0 * TimeAxis.HOUR) * 900;
            assertTrue(px >= 90, "ticks " + px + " px apart");
        }
    }

    @Test
    void bucketLabelsReadAsUnits() {
        assertEquals("second", TimeAxis.bucketLabel(TimeAxis.SECOND));
        assertEquals("15 min", TimeAxis.bucketLabel(15 * TimeAxis.MINUTE));
        assertEquals("6 h", TimeAxis.bucketLabel(6 * TimeAxis.HOUR));
        assertEquals("day", TimeAxis.bucketLabel(TimeAxis.DAY));
        assertEquals("week", TimeAxis.bucketLabel(TimeAxis.WEEK));
    }
}
