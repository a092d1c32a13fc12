package io.hydrascope.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line (a line ends at LF, CR or CRLF) without ever holding more than a limit of one line: a
 * longer line is read to its end but only its size and first characters are kept. Not thread-safe.
 */
final class BoundedLineReader implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final long maxBytes;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean skipLf;
    private StringBuilder line = new StringBuilder(256);
    private long number;
    /** UTF-8 size of the line so far; counted only once the line is long enough to be near the limit. */
    private long bytes = -1;
    private boolean oversized;
    private String head;

    BoundedLineReader(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Advances to the next line; false at the end of the text. */
    boolean next() throws IOException {
        resetLine();
        if (skipLf) {
            skipLf = false;
            if ((pos < len || fill()) && buf[pos] == '\n') {
                pos++;
            }
        }
        if (pos == len && !fill()) {
            return false;
        }
        number++;
        while (true) {
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            append(start, pos - start);
            if (pos < len) {
                skipLf = buf[pos++] == '\r';
                return true;
            }
            if (!fill()) {
                return true;
            }
        }
    }

    /** The current line without its line break; null when it was larger than the limit. */
    String text() {
        return oversized ? null : line.toString();
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    /** True when the current line was larger than the limit. */
    boolean oversized() {
        return oversized;
    }

    /** Size of an oversized line in UTF-8 bytes. */
    long bytes() {
        return bytes;
    }

    /** The first characters of an oversized line. */
    String head() {
        return head;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void resetLine() {
        if (oversized || line.capacity() > BUFFER * 4) {
            line = new StringBuilder(256); // let a large line's buffer go
        } else {
            line.setLength(0);
        }
        bytes = -1;
        oversized = false;
        head = null;
    }

    private void append(int start, int n) {
        if (oversized) {
            bytes += RecordSize.utf8(buf, start, n);
            return;
        }
        // a UTF-8 character is at most 3 bytes per char: below a third of the limit no byte needs counting
        if (bytes < 0 && (line.length() + (long) n) * 3 <= maxBytes) {
            line.append(buf, start, n);
            return;
        }
        if (bytes < 0) {
            bytes = RecordSize.utf8(line);
        }
        long more = RecordSize.utf8(buf, start, n);
        if (bytes + more <= maxBytes) {
            line.append(buf, start, n);
            bytes += more;
            return;
        }
        line.append(buf, start, Math.min(n, RecordSize.HEAD_CHARS));
        head = line.substring(0, Math.min(line.length(), RecordSize.HEAD_CHARS));
        bytes += more;
        oversized = true;
        line.setLength(0);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            pos = 0;
            len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
