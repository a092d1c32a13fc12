package io.hydrascope.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Objects;

/**
 * How a source writes its timestamps: the choice an analyst makes in a mapping profile, and what each built-in format
 * declares. {@code zone} is the zone of text without an offset (null: such text is refused). Immutable; the parser
 * it returns is thread-safe.
 *
 * <ul>
 *   <li>{@link Kind#AUTO}: ISO-8601, or epoch seconds, milliseconds or microseconds told apart by magnitude (the
 *   native format's rule).</li>
 *   <li>{@link Kind#ISO}: ISO-8601 only ({@code T} or a space between date and time).</li>
 *   <li>{@link Kind#EPOCH_SECONDS}, {@link Kind#EPOCH_MILLIS}, {@link Kind#EPOCH_MICROS}: a number in that unit
 *   (a fraction is allowed).</li>
 *   <li>{@link Kind#PATTERN}: a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm:ss}.</li>
 * </ul>
 */
public record TimestampFormat(Kind kind, String pattern, ZoneId zone) {
    /** The native rule: ISO-8601 with an offset, or epoch time; text without an offset is refused. */
    public static final TimestampFormat AUTO = new TimestampFormat(Kind.AUTO, null, null);
    /** As {@link #AUTO}, but text without an offset is UTC (formats whose documentation says so). */
    public static final TimestampFormat AUTO_UTC = new TimestampFormat(Kind.AUTO, null, ZoneId.of("UTC"));
    /** Integer digits beyond which an epoch number cannot be a time (a long of microseconds has 19). */
    private static final int MAX_EPOCH_DIGITS = 24;

    public enum Kind {
        AUTO, ISO, EPOCH_SECONDS, EPOCH_MILLIS, EPOCH_MICROS, PATTERN;

        /** The name used in profile files: {@code auto}, {@code iso}, {@code epoch_seconds}, ... */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromJson(String name) {
            for (Kind k : values()) {
                if (k.jsonName().equalsIgnoreCase(name.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown timestamp format '" + name
                    + "' (expected auto, iso, epoch_seconds, epoch_millis, epoch_micros or pattern)");
        }
    }

    public TimestampFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.PATTERN) {
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException("a pattern timestamp format needs a pattern");
            }
            try {
                DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid timestamp pattern '" + pattern + "': " + e.getMessage());
            }
        } else {
            pattern = null;
        }
    }

    public static TimestampFormat of(Kind kind) {
        return new TimestampFormat(kind, null, null);
    }

    public static TimestampFormat pattern(String pattern, ZoneId zone) {
        return new TimestampFormat(Kind.PATTERN, pattern, zone);
    }

    public TimestampFormat withZone(ZoneId newZone) {
        return new TimestampFormat(kind, pattern, newZone);
    }

    /** A parser for this format. */
    public Parser parser() {
        return switch (kind) {
            case AUTO -> auto(false);
            case ISO -> auto(true);
            case EPOCH_SECONDS -> text -> epoch(text, 1_000_000L);
            case EPOCH_MILLIS -> text -> epoch(text, 1_000L);
            case EPOCH_MICROS -> text -> epoch(text, 1L);
            case PATTERN -> patternParser();
        };
    }

    /** Parses timestamp text into epoch microseconds; throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Parser {
        long parseMicros(String text);
    }

    private Parser auto(boolean isoOnly) {
        boolean utc = zone != null && zone.normalized().equals(java.time.ZoneOffset.UTC);
        TimestampParser base = new TimestampParser(utc);
        TimestampParser strict = new TimestampParser(false);
        return text -> {
            String s = text.strip();
            boolean iso = s.length() >= 19 && s.charAt(4) == '-';
            if (isoOnly && !iso) {
                throw new IllegalArgumentException("not ISO-8601");
            }
            if (zone == null || utc || !iso) {
                return base.parseMicros(s);
            }
            try {
                return strict.parseMicros(s);
            } catch (IllegalArgumentException e) {
                if (!e.getMessage().contains("no time zone")) {
                    throw e;
                }
                String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
                try {
                    return micros(LocalDateTime.parse(t).atZone(zone));
                } catch (DateTimeException inner) {
                    throw new IllegalArgumentException("not ISO-8601");
                }
            }
        };
    }

    private static long epoch(String text, long microsPerUnit) {
        String s = text.strip();
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("epoch time is negative");
            }
            if (value.precision() - value.scale() > MAX_EPOCH_DIGITS) {
                // checked before scaling: 1e999999999 would otherwise be expanded to a billion digits
                throw new IllegalArgumentException("epoch time out of range");
            }
            return value.multiply(BigDecimal.valueOf(microsPerUnit)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("epoch time out of range");
        }
    }

    private Parser patternParser() {
        // Strict, so that 31/02 is refused rather than moved to 28/02; the era default lets 'yyyy' resolve strictly.
        DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        return text -> {
            TemporalAccessor parsed;
            try {
                parsed = formatter.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("does not match pattern '" + pattern + "'");
            }
            try {
                ZoneId parsedZone = parsed.query(TemporalQueries.zone());
                ZoneId effective = parsedZone != null ? parsedZone : zone;
                if (effective == null) {
                    throw new IllegalArgumentException("timestamp has no time zone and the profile names none");
                }
                LocalDate date = parsed.query(TemporalQueries.localDate());
                if (date == null) {
                    throw new IllegalArgumentException("pattern '" + pattern + "' gives no date");
                }
                java.time.LocalTime time = parsed.query(TemporalQueries.localTime());
                LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
                return parsedZone instanceof java.time.ZoneOffset offset
                        ? micros(local.atOffset(offset).toZonedDateTime())
                        : micros(local.atZone(effective));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("invalid date or time");
            }
        };
    }

    private static long micros(ZonedDateTime t) {
        return t.toEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }
}
