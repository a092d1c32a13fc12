package io.hydrascope.ingest;

import io.hydrascope.model.AccountLabel;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.Interaction;
import io.hydrascope.store.BulkImportWriter;
import io.hydrascope.store.RequestKeys;
import java.math.BigDecimal;

/**
 * Turns the canonical slots of a record into a domain row, or into a rejection with a countable reason and a
 * detail naming the field and value. Stateless apart from its format; one per import.
 */
final class RowValidator {
    private static final int MAX_DETAIL_VALUE = 80;
    /** Longer text is not taken for a number (the JSON parser's own limit on a number literal is 1,000). */
    private static final int MAX_NUMBER_CHARS = 1_000;
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private final SourceFormat format;
    private final TimestampFormat.Parser timestamps;

    RowValidator(SourceFormat format) {
        this.format = format;
        this.timestamps = format.timestamps().parser();
    }

    ParsedRow validate(RecordReader reader) {
        long line = reader.line();
        if (reader.problem() != null) {
            return new ParsedRow.Rejected(line, reader.problem(), located(reader.problemDetail(), reader),
                    reader.raw());
        }
        if (reader.skipReason() != null) {
            return new ParsedRow.Skipped(line);
        }
        String[] s = reader.slots();
        try {
            return switch (format.kind()) {
                case INTERACTIONS -> interaction(s, line);
                case ACCOUNTS -> account(s, line);
                case LABELS -> label(s, line);
            };
        } catch (Rejection r) {
            return new ParsedRow.Rejected(line, r.reason, located(r.getMessage(), reader), reader.raw());
        } catch (RuntimeException e) {
            // a value no check above foresaw spoils this record, never the file
            return new ParsedRow.Rejected(line, "unreadable value", located(e.getClass().getSimpleName() + ": "
                    + e.getMessage(), reader), reader.raw());
        }
    }

    /** Where lines do not say it all (JSON documents), the detail names the record's place in words. */
    private static String located(String detail, RecordReader reader) {
        String where = reader.location();
        if (where == null) {
            return detail;
        }
        return detail == null ? "at " + where : detail + " (at " + where + ")";
    }

    private ParsedRow interaction(String[] s, long line) {
        String requestId = required(s, 0, "request_id");
        String ts = required(s, 1, "timestamp");
        String accountId = required(s, 2, "account_id");
        long micros = timestamp(ts, "timestamp");
        Interaction row = new Interaction(requestId, micros, accountId, s[3], s[4], s[5], s[6],
                turn(s[7]), tokens(s[8], "input_tokens"), tokens(s[9], "output_tokens"), s[10], s[11], s[12]);
        int flags = hasReplacement(s) ? BulkImportWriter.FLAG_REPAIRED_ENCODING : 0;
        return new ParsedRow.ValidInteraction(row, RequestKeys.of(row.requestId()), line, flags, false);
    }

    private ParsedRow account(String[] s, long line) {
        String accountId = required(s, 0, "account_id");
        Long created = s[1] == null ? null : timestamp(s[1], "created_at");
        return new ParsedRow.ValidAccount(new AccountProfile(accountId, created, s[2], s[3], s[4], s[5], s[6]), line);
    }

    private ParsedRow label(String[] s, long line) {
        String accountId = required(s, 0, "account_id");
        return new ParsedRow.ValidLabel(new AccountLabel(accountId, s[1]), s[2], line);
    }

    private String required(String[] s, int slot, String field) {
        String v = s[slot];
        if (v == null || v.isBlank()) {
            throw new Rejection("missing required field", field + " is empty or absent");
        }
        return v.strip();
    }

    private long timestamp(String value, String field) {
        try {
            return timestamps.parseMicros(value);
        } catch (IllegalArgumentException e) {
            throw new Rejection("unparseable timestamp", field + " " + quote(value) + ": " + e.getMessage());
        }
    }

    private static Long tokens(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            if (isBeyondLong(value.strip())) {
                throw new Rejection("token count out of range", field + " " + quote(value)
                        + " does not fit a 64-bit integer");
            }
            throw new Rejection("non-numeric token count", field + " " + quote(value));
        }
        if (n < 0) {
            throw new Rejection("negative token count", field + " " + quote(value));
        }
        return n;
    }

    /**
     * True for a number too large for a long: digits or exponent notation beyond its range, or the infinity a JSON
     * parser makes of a literal such as {@code 1e400} when it reads floating point numbers as doubles.
     */
    private static boolean isBeyondLong(String v) {
        if (v.equals("Infinity") || v.equals("-Infinity")) {
            return true;
        }
        if (v.length() > MAX_NUMBER_CHARS) {
            return false;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            return d.compareTo(LONG_MAX) > 0 || d.compareTo(LONG_MIN) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Integer turn(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new Rejection("invalid turn", "turn " + quote(value) + " is negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Rejection("invalid turn", "turn " + quote(value) + " is not a whole number");
        }
    }

    private static boolean hasReplacement(String[] s) {
        for (String v : s) {
            if (v != null && v.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String value) {
        String v = value.length() > MAX_DETAIL_VALUE ? value.substring(0, MAX_DETAIL_VALUE) + "…" : value;
        return "'" + v + "'";
    }

    /** A rejection carries its countable reason and its detail; no stack trace is ever needed. */
    private static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Rejection(String reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }
}
