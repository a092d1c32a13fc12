package io.hydrascope.ui.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time-axis arithmetic for the charts, independent of drawing: which bucket size to count in for a window and a
 * width, and where ticks go with which labels, aligned to the shown time zone (days start at local midnight).
 */
public final class TimeAxis {
    public static final long SECOND = 1_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;
    public static final long WEEK = 7 * DAY;

    /** Bucket sizes the timelines count in, from one second to one week. */
    public static final long[] BUCKETS = {SECOND, 5 * SECOND, 15 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR,
        3 * HOUR, 6 * HOUR, DAY, WEEK};
    private static final long[] TICK_STEPS = {SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR,
        12 * HOUR, DAY, 2 * DAY, WEEK, 2 * WEEK, 4 * WEEK};
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE_LABEL = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECOND_LABEL = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** A tick: where, what it says, and whether it starts a new day (drawn stronger, with the date). */
    public record Tick(long micros, String label, boolean major) {
    }

    private TimeAxis() {
    }

    /** The smallest bucket that gives each bucket at least {@code minPixels} across {@code widthPixels}. */
    public static long bucketFor(long spanMicros, double widthPixels, double minPixels) {
        double buckets = Math.max(1, widthPixels / minPixels);
        for (long b : BUCKETS) {
            if (spanMicros / (double) b <= buckets) {
                return b;
            }
        }
        return BUCKETS[BUCKETS.length - 1];
    }

    /** "1 s", "15 min", "6 h", "1 day", "1 week": how a bucket size reads in a legend. */
    public static String bucketLabel(long bucketMicros) {
        if (bucketMicros >= WEEK && bucketMicros % WEEK == 0) {
            return bucketMicros == WEEK ? "week" : bucketMicros / WEEK + " weeks";
        }
        if (bucketMicros >= DAY && bucketMicros % DAY == 0) {
            return bucketMicros == DAY ? "day" : bucketMicros / DAY + " days";
        }
        if (bucketMicros >= HOUR && bucketMicros % HOUR == 0) {
            return bucketMicros == HOUR ? "hour" : bucketMicros / HOUR + " h";
        }
        if (bucketMicros >= MINUTE && bucketMicros % MINUTE == 0) {
            return bucketMicros == MINUTE ? "minute" : bucketMicros / MINUTE + " min";
        }
        return bucketMicros == SECOND ? "second" : bucketMicros / SECOND + " s";
    }

    /** The offset of the zone at {@code micros}, in micros: bucket origin that makes days start at local midnight. */
    public static long originFor(ZoneId zone, long micros) {
        return -zone.getRules().getOffset(TimeFormats.instant(micros)).getTotalSeconds() * SECOND;
    }

    /** Ticks about {@code minPixels} apart or more across the window. */
    public static List<Tick> ticks(long from, long to, double widthPixels, double minPixels, ZoneId zone) {
        long span = Math.max(1, to - from);
        long step = TICK_STEPS[TICK_STEPS.length - 1];
        for (long s : TICK_STEPS) {
            if (s / (double) span * widthPixels >= minPixels) {
                step = s;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime t = firstTick(from, step, zone);
        for (int guard = 0; guard < 2000; guard++) {
            long micros = t.toInstant().getEpochSecond() * SECOND + t.getNano() / 1000;
            if (micros >= to) {
                break;
            }
            if (micros >= from) {
                boolean major = t.getHour() == 0 && t.getMinute() == 0 && t.getSecond() == 0;
                ticks.add(new Tick(micros, label(t, step, major), major));
            }
            t = step >= DAY ? t.plusDays(step / DAY) : t.plus(step, ChronoUnit.MICROS);
        }
        return ticks;
    }

    private static ZonedDateTime firstTick(long from, long step, ZoneId zone) {
        ZonedDateTime start = TimeFormats.instant(from).atZone(zone);
        if (step >= WEEK) {
            LocalDate monday = start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.atStartOfDay(zone);
        }
        if (step >= DAY) {
            return start.toLocalDate().atStartOfDay(zone);
        }
        ZonedDateTime midnight = start.toLocalDate().atStartOfDay(zone);
        long sinceMidnight = (from - (midnight.toEpochSecond() * SECOND)) / step * step;
        return midnight.plus(sinceMidnight, ChronoUnit.MICROS);
    }

    private static String label(ZonedDateTime t, long step, boolean major) {
        if (step >= DAY || (major && step >= HOUR)) {
            return DAY_LABEL.format(t);
        }
        String time = (step < MINUTE ? SECOND_LABEL : MINUTE_LABEL).format(t);
        return major ? DAY_LABEL.format(t) + " " + time : time;
    }

    /** The instant a tick stands for, for tests and tooltips. */
    public static Instant instant(Tick tick) {
        return TimeFormats.instant(tick.micros());
    }
}
