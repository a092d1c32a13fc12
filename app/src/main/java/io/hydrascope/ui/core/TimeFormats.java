package io.hydrascope.ui.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How times and durations read everywhere in the window. Times are microseconds since the epoch. */
public final class TimeFormats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
            Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private TimeFormats() {
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    public static String dateTime(long micros, ZoneId zone) {
        return DATE_TIME.format(instant(micros).atZone(zone));
    }

    public static String precise(long micros, ZoneId zone) {
        return PRECISE.format(instant(micros).atZone(zone));
    }

    public static String date(long micros, ZoneId zone) {
        return DATE.format(instant(micros).atZone(zone));
    }

    /** "UTC", or e.g. "Europe/Berlin (UTC+01:00)". */
    public static String zoneLabel(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return zone.getDisplayName(TextStyle.FULL, Locale.ROOT) + " (UTC" + offset + ")";
    }

    /** "2026-02-02 00:00 – 2026-03-15 23:59 UTC (42 days)". */
    public static String range(long fromMicros, long toMicros, ZoneId zone) {
        return dateTime(fromMicros, zone).substring(0, 16) + " – " + dateTime(toMicros, zone).substring(0, 16) + " "
                + zoneLabel(zone) + " (" + duration(toMicros - fromMicros) + ")";
    }

    /** A duration in its two largest units: "3 d 4 h", "12 min 5 s", "850 ms". */
    public static String duration(long micros) {
        long ms = micros / 1000;
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return s + " s";
        }
        long min = s / 60;
        if (min < 60) {
            return min + " min" + (s % 60 > 0 ? " " + s % 60 + " s" : "");
        }
        long h = min / 60;
        if (h < 48) {
            return h + " h" + (min % 60 > 0 ? " " + min % 60 + " min" : "");
        }
        return h / 24 + " days" + (h % 24 > 0 ? " " + h % 24 + " h" : "");
    }

    /** Seconds left as "1:05:09" or "4:02". */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A count with thousands separators: "16,204,551". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
