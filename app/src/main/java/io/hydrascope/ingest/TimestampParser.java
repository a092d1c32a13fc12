package io.hydrascope.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps log exports use into microseconds since the epoch: ISO-8601 with {@code Z} or an offset
 * (a space may stand for the {@code T}), or epoch seconds, milliseconds or microseconds told apart by magnitude.
 * ISO text without a zone is refused unless the source's format documents its zone ({@code assumeUtc}).
 *
 * <p>The common shapes take a hand-rolled fast path (imports parse millions of timestamps); anything else falls
 * back to {@link java.time}. Stateless and thread-safe.
 */
public final class TimestampParser {
    /** Epoch values below this are seconds (until year 5138); below 1e14 milliseconds; below 1e17 microseconds. */
    private static final double SECONDS_LIMIT = 1e11;
    private static final double MILLIS_LIMIT = 1e14;
    private static final double MICROS_LIMIT = 1e17;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final boolean assumeUtc;

    public TimestampParser(boolean assumeUtc) {
        this.assumeUtc = assumeUtc;
    }

    /** The parsed instant in epoch microseconds; throws {@link IllegalArgumentException} with the reason. */
    public long parseMicros(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        char first = s.charAt(0);
        if (s.length() >= 19 && s.charAt(4) == '-') {
            return parseIso(s);
        }
        if (Character.isDigit(first) || first == '-' || first == '.') {
            return parseEpoch(s);
        }
        throw new IllegalArgumentException("not ISO-8601 or epoch time");
    }

    private static long parseEpoch(String s) {
        double value;
        try {
            value = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not ISO-8601 or epoch time");
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("epoch time out of range");
        }
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
            long v = Long.parseLong(s);
            if (v < SECONDS_LIMIT) {
                return v * MICROS_PER_SECOND;
            } else if (v < MILLIS_LIMIT) {
                return v * 1000L;
            } else if (v < MICROS_LIMIT) {
                return v;
            }
            throw new IllegalArgumentException("epoch time out of range");
        }
        if (value < SECONDS_LIMIT) {
            return Math.round(value * MICROS_PER_SECOND);
        } else if (value < MILLIS_LIMIT) {
            return Math.round(value * 1000.0);
        } else if (value < MICROS_LIMIT) {
            return Math.round(value);
        }
        throw new IllegalArgumentException("epoch time out of range");
    }

    private long parseIso(String s) {
        long fast = tryFastIso(s);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return toMicros(parsed.toEpochSecond(), parsed.getNano());
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime local = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                if (!assumeUtc) {
                    throw new IllegalArgumentException("timestamp has no time zone (expected Z or an offset)");
                }
                return toMicros(local.toEpochSecond(ZoneOffset.UTC), local.getNano());
            } catch (DateTimeParseException inner) {
                throw new IllegalArgumentException("not ISO-8601 or epoch time");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid date or time");
        }
    }

    /** {@code yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}](Z|±HH:mm|±HHmm)?}, or MIN_VALUE to fall back. */
    private long tryFastIso(String s) {
        int n = s.length();
        if (s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int i = 19;
        long micros = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            int start = i;
            long fraction = 0;
            while (i < n && Character.isDigit(s.charAt(i))) {
                if (i - start < 6) {
                    fraction = fraction * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int used = Math.min(i - start, 6);
            if (i == start) {
                return Long.MIN_VALUE;
            }
            for (int k = used; k < 6; k++) {
                fraction *= 10;
            }
            micros = fraction;
        }
        int offsetSeconds;
        if (i == n) {
            if (!assumeUtc) {
                throw new IllegalArgumentException("timestamp has no time zone (expected Z or an offset)");
            }
            offsetSeconds = 0;
        } else if (s.charAt(i) == 'Z' && i == n - 1) {
            offsetSeconds = 0;
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && (n - i == 6 || n - i == 5)) {
            int oh = digits(s, i + 1, 2);
            int om = n - i == 6 ? (s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : -1) : digits(s, i + 3, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long epochDay = epochDay(year, month, day);
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * MICROS_PER_SECOND + micros;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 in the proleptic Gregorian calendar (the algorithm java.time uses). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long m = month;
        long total = 365 * y;
        if (y >= 0) {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        } else {
            total -= y / -4 - y / -100 + y / -400;
        }
        total += (367 * m - 362) / 12;
        total += day - 1;
        if (m > 2) {
            total--;
            boolean leap = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
            if (!leap) {
                total--;
            }
        }
        return total - 719_528L;
    }

    private static long toMicros(long epochSecond, int nano) {
        return epochSecond * MICROS_PER_SECOND + nano / 1000;
    }
}
