package io.hydrascope.ingest;

import java.util.Locale;

/**
 * The size of a record as UTF-8 text, and how a record larger than the import's limit is reported: quarantined as
 * "record too large" with its size, a head of its text kept as its raw text.
 */
final class RecordSize {
    /** Quarantine reason of a record over the limit. */
    static final String TOO_LARGE = "record too large";
    /** Characters of an oversized record kept for the quarantine table. */
    static final int HEAD_CHARS = 1_000;

    private RecordSize() {
    }

    /** UTF-8 length of {@code n} characters (a surrogate pair is 4 bytes, an unpaired surrogate 2, as an estimate). */
    static long utf8(char[] chars, int off, int n) {
        long bytes = n;
        for (int i = off, end = off + n; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }

    /** UTF-8 length of one character (see {@link #utf8(char[], int, int)}). */
    static int utf8(char c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    static long utf8(CharSequence text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }

    /** Quarantine detail for a record of {@code size} (bytes, or characters where {@code unit} says so). */
    static String detail(long size, String unit, long limit) {
        return String.format(Locale.ROOT, "the record is %,d %s, more than the record size limit of %,d bytes; "
                + "it was skipped without being read into memory", size, unit, limit);
    }

    /** The first {@link #HEAD_CHARS} characters of an oversized record's text, marked as cut. */
    static String head(CharSequence text, long size, String unit) {
        int n = Math.min(text.length(), HEAD_CHARS);
        return text.subSequence(0, n) + String.format(Locale.ROOT, "… [first %,d characters of %,d %s]", n, size,
                unit);
    }
}
