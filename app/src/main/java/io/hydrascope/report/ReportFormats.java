package io.hydrascope.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How reports write times and numbers: UTC, ISO dates (proleptic years, so any instant a log can hold prints, year 1
 * and year 10000 alike), fixed English locale.
 */
public final class ReportFormats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportFormats() {
    }

    public static String date(Instant t) {
        return t == null ? "–" : DATE.format(t);
    }

    public static String dateTime(Instant t) {
        return t == null ? "–" : DATE_TIME.format(t);
    }

    /** Date and minute without the zone, for table columns headed "(UTC)". */
    public static String minutes(Instant t) {
        return t == null ? "–" : MINUTES.format(t);
    }

    public static String seconds(Instant t) {
        return t == null ? "–" : SECONDS.format(t);
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String risk(double risk) {
        return String.format(Locale.ROOT, "%.2f", risk);
    }

    /** A signal value: shares as percentages, other numbers with one decimal. */
    public static String signalValue(String signal, double value) {
        return "proxy_rotation".equals(signal) ? String.format(Locale.ROOT, "%.1f IPs/account", value)
                : percent(value);
    }
}
