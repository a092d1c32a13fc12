package io.hydrascope.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Stands between a CSV file's text and the CSV parser and keeps any one record within the record size limit. It
 * follows the text only as far as needed to know where a record ends, by the rules the parser applies (a quote at the
 * start of a field, or after a closing quote, opens a quoted section; a line break outside quotes ends the record);
 * the fields themselves are left to the parser.
 *
 * <p>When a record grows past the limit, the limiter ends it for the parser (closing an open quote first), reads the
 * rest of the record without passing it on or keeping it, and reports a {@link Cut}. Since the parser then counts
 * fewer line breaks than the file has, each cut also says how to map the parser's line numbers back to the file's.
 * Not thread-safe: the parser's thread reads it.
 */
final class CsvRecordLimiter extends Reader {
    private static final int BUFFER = 1 << 16;
    /**
     * What each character is to the inner loop, one lookup instead of a chain of branches: its UTF-8 bytes beyond
     * the first, and whether it ends a run of plain characters inside quotes (quote, line breaks) or only outside
     * them (comma).
     */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final int EXTRA_BYTES = 3;
    private static final int ENDS_QUOTED_RUN = 4;
    private static final int ENDS_UNQUOTED_RUN = 8;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = (byte) (RecordSize.utf8((char) c) - 1);
        }
        for (char c : new char[] {'"', '\n', '\r'}) {
            KINDS[c] |= ENDS_QUOTED_RUN;
        }
        KINDS[','] |= ENDS_UNQUOTED_RUN;
    }

    /**
     * A record cut at the limit.
     *
     * @param parserLine      the line the record starts on as the parser numbers lines
     * @param line            the line it starts on in the file
     * @param bytes           its size in UTF-8 bytes, line breaks inside quotes included
     * @param endsInOpenQuote it runs to the end of the file inside a quoted field that is never closed
     * @param shiftAfter      file line minus parser line for the records after it
     */
    record Cut(long parserLine, long line, long bytes, boolean endsInOpenQuote, long shiftAfter) {
    }

    private final Reader in;
    private final long limit;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private final char[] ending = new char[2];
    private int endingPos;
    private int endingLen;
    private final Queue<Cut> cuts = new ArrayDeque<>();

    private boolean inQuotes;
    private boolean fieldStart = true;
    private boolean dataField;
    private boolean inRecord;
    private boolean lastCr;
    private boolean swallowLf;
    private boolean endedInQuotes;
    private long recordBytes;
    private long recordLine;
    /** Line breaks read from the file so far (CR, LF or CRLF each count once). */
    private long breaks;
    /** Line breaks of the file minus line breaks passed to the parser. */
    private long shift;

    CsvRecordLimiter(Reader in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Records cut so far and not yet taken, in file order. */
    Queue<Cut> cuts() {
        return cuts;
    }

    /** True once the end of the file was reached inside a quoted field (a quote that is never closed). */
    boolean endedInQuotes() {
        return endedInQuotes;
    }

    @Override
    public int read(char[] out, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        int o = off;
        int end = off + n;
        while (o < end) {
            if (endingPos < endingLen) {
                out[o++] = ending[endingPos++];
                continue;
            }
            if (pos == len && (o > off || !fill())) {
                break;
            }
            if (swallowLf) {
                swallowLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    lastCr = false;
                    continue;
                }
            }
            int max = Math.min(len - pos, end - o);
            int passed = scan(out, o, max, false);
            o += passed;
            if (passed < max) {
                cut(); // the next character would take the record past the limit
            }
        }
        return o > off ? o - off : -1;
    }

    /**
     * Follows up to {@code max} characters from {@code pos}: where records and quoted sections begin and end, line
     * breaks, and the size of the current record. Passing (copying to {@code out}), it stops before a character that
     * would take the record past the limit; discarding, it stops after the end of the current record. Returns the
     * number of characters followed. The state lives in locals while it runs: this is the limiter's inner loop.
     */
    private int scan(char[] out, int o, int max, boolean discard) {
        int start = pos;
        int stop = pos + max;
        int i = pos;
        boolean quoted = inQuotes;
        boolean atFieldStart = fieldStart;
        boolean data = dataField;
        boolean record = inRecord;
        boolean cr = lastCr;
        long bytes = recordBytes;
        long lineBreaks = breaks;
        long line = recordLine;
        long room = discard ? Long.MAX_VALUE : limit;
        while (i < stop) {
            if (record && !atFieldStart) {
                // inside a field: skim the characters that change nothing but the size, as many as surely fit
                int stops = quoted ? ENDS_QUOTED_RUN : ENDS_QUOTED_RUN | ENDS_UNQUOTED_RUN;
                int runEnd = (int) Math.min(stop, i + (room - bytes) / 3);
                int runStart = i;
                long extra = 0;
                while (i < runEnd) {
                    int kind = KINDS[buf[i]];
                    if ((kind & stops) != 0) {
                        break;
                    }
                    extra += kind & EXTRA_BYTES;
                    i++;
                }
                if (i > runStart) {
                    bytes += i - runStart + extra;
                    cr = false;
                }
                if (i == stop) {
                    break;
                }
            }
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                // a CR keeps room for an LF after it: a cut must not split a CRLF inside quotes, since the parser
                // does not take a lone CR there for a line break
                if (quoted && bytes + (c == '\r' ? 2 : 1) > room) {
                    break;
                }
                if (c == '\r' || !cr) {
                    lineBreaks++;
                }
                cr = c == '\r';
                if (quoted) {
                    bytes++;
                    i++;
                    continue;
                }
                i++;
                if (record) {
                    record = false;
                    if (discard) {
                        break;
                    }
                }
                continue;
            }
            int size = c < 0x80 ? 1 : RecordSize.utf8(c);
            if (record && bytes + size > room) {
                break;
            }
            cr = false;
            if (!record) {
                record = true;
                bytes = 0;
                line = lineBreaks + 1;
                atFieldStart = true;
                data = false;
            }
            bytes += size;
            i++;
            if (c == '"') {
                if (quoted) {
                    quoted = false;
                } else if (!data) {
                    quoted = true; // opens a field, or reopens after a closing quote ("" inside a quoted field)
                }
                atFieldStart = false;
            } else if (c == ',' && !quoted) {
                atFieldStart = true;
                data = false;
            } else if (atFieldStart) {
                data = !quoted;
                atFieldStart = false;
            }
        }
        int n = i - start;
        if (!discard && n > 0) {
            System.arraycopy(buf, start, out, o, n);
        }
        pos = i;
        inQuotes = quoted;
        fieldStart = atFieldStart;
        dataField = data;
        inRecord = record;
        lastCr = cr;
        recordBytes = bytes;
        breaks = lineBreaks;
        recordLine = line;
        return n;
    }

    /** Ends the current record for the parser and reads the rest of it from the file without passing it on. */
    private void cut() throws IOException {
        long parserLine = recordLine - shift;
        endingPos = 0;
        endingLen = 0;
        if (inQuotes) {
            ending[endingLen++] = '"';
        }
        ending[endingLen++] = '\n';
        long before = breaks;
        while (inRecord && (pos < len || fill())) {
            scan(null, 0, len - pos, true);
        }
        // the parser sees one line break the file does not have here, and none of the ones skipped
        shift += breaks - before - 1;
        boolean ended = !inRecord;
        swallowLf = ended && lastCr;
        cuts.add(new Cut(parserLine, recordLine, recordBytes, !ended && inQuotes, shift));
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        len = Math.max(n, 0);
        if (n <= 0) {
            endedInQuotes = inQuotes;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
