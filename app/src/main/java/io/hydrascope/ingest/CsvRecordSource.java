package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (header row, quoted fields with embedded newlines, CRLF or LF) with FastCSV, about twice as
 * fast as Jackson's CSV parser on prompt-sized quoted fields. A record whose field count differs from the header's
 * is reported as a problem, not guessed at; text after a closing quote is kept rather than rejected. A quoted field
 * left open runs to the end of the file: that last record is reported as malformed instead of imported. A record
 * larger than the record size limit is cut off before the parser by a {@link CsvRecordLimiter} and reported as too
 * large; reading goes on with the next record. Should the parser still fail, reading stops there with a
 * {@link ReadStop}.
 */
final class CsvRecordSource implements RecordSource {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** Room the parser needs beyond the longest field it is given. */
    private static final int PARSER_SLACK = 1 << 16;

    private final CsvReader<Fields> reader;
    private final Iterator<Fields> records;
    private final CsvRecordLimiter source;
    private final CountingInputStream counter;
    private final long maxRecordBytes;
    private final List<String> header;
    private final Map<String, Integer> columnByName = new HashMap<>();
    private final Row row = new Row();
    private List<String> values = List.of();
    /** The record after the current one, read ahead to know whether the current one ends the file. */
    private Fields ahead;
    private CsvParseException aheadFailure;
    private boolean started;
    private long line;
    private String problem;
    private String problemDetail;
    private boolean broken;
    private ReadStop stop;
    /** The current record was cut at the size limit. */
    private boolean oversized;
    private long oversizedBytes;
    /** File line minus parser line, as of the last record cut. */
    private long lineShift;

    CsvRecordSource(Reader reader, CountingInputStream counter, long maxRecordBytes) throws IOException {
        this.counter = counter;
        this.maxRecordBytes = maxRecordBytes;
        this.source = new CsvRecordLimiter(reader, maxRecordBytes);
        this.reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize((int) Math.min(Integer.MAX_VALUE - 8L, maxRecordBytes + PARSER_SLACK))
                .build(new FieldsHandler(), source);
        this.records = this.reader.iterator();
        try {
            if (!readRecord()) {
                throw new IOException("the file is empty (expected a header row)");
            }
            if (oversized && !broken) {
                throw new IOException("the header row is larger than the record size limit (" + problemDetail + ")");
            }
            if (problem != null) {
                throw new IOException("malformed CSV header: " + problemDetail);
            }
        } catch (CsvParseException e) {
            throw new IOException("malformed CSV header: " + e.getMessage(), e);
        }
        header = List.copyOf(values);
        for (int c = 0; c < header.size(); c++) {
            columnByName.putIfAbsent(FieldNames.normalize(header.get(c)), c);
        }
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public boolean next() throws IOException {
        problem = null;
        problemDetail = null;
        oversized = false;
        if (broken) {
            return false;
        }
        try {
            if (!readRecord()) {
                return false;
            }
        } catch (CsvParseException e) {
            broken = true;
            values = List.of();
            stop = new ReadStop(line + 1, "malformed CSV after line " + line + ": " + e.getMessage(),
                    counter.count());
            return false;
        }
        if (problem == null && values.size() != header.size()) {
            problem = "wrong column count";
            problemDetail = "expected " + header.size() + " fields, found " + values.size();
        }
        return true;
    }

    /** Moves to the next record; false at the end of the file. Sets the problem of a record left open at the end. */
    private boolean readRecord() throws IOException {
        if (!started) {
            started = true;
            ahead = fetch();
        }
        if (aheadFailure != null) {
            CsvParseException failure = aheadFailure;
            aheadFailure = null;
            throw failure;
        }
        Fields current = ahead;
        if (current == null) {
            return false;
        }
        try {
            ahead = fetch();
        } catch (CsvParseException e) {
            ahead = null;
            aheadFailure = e; // reported with the next record
        }
        values = current.values;
        line = current.line;
        boolean last = ahead == null && aheadFailure == null;
        if (current.cut != null) {
            oversized = true;
            oversizedBytes = current.cut.bytes();
            broken = current.cut.endsInOpenQuote();
            problem = broken ? "malformed CSV" : RecordSize.TOO_LARGE;
            problemDetail = broken
                    ? String.format(Locale.ROOT, "a quoted field is not closed before the end of the file (the "
                            + "%,d bytes from its record's start to the end were skipped)", current.cut.bytes())
                    : RecordSize.detail(current.cut.bytes(), "bytes", maxRecordBytes);
        } else if (last && current.lastQuoted && source.endedInQuotes()) {
            broken = true;
            problem = "malformed CSV";
            problemDetail = "a quoted field is not closed before the end of the file (everything after its opening "
                    + "quote was read into it)";
        }
        return true;
    }

    /** The parser's next record with its line in the file, and the cut that ended it if it was too large. */
    private Fields fetch() throws IOException {
        Fields parsed;
        try {
            parsed = records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (parsed == null) {
            return null;
        }
        CsvRecordLimiter.Cut cut = null;
        for (CsvRecordLimiter.Cut c = source.cuts().peek(); c != null && c.parserLine() <= parsed.line;
             c = source.cuts().peek()) {
            source.cuts().remove();
            lineShift = c.shiftAfter();
            if (c.parserLine() == parsed.line) {
                cut = c;
            }
        }
        long fileLine = cut != null ? cut.line() : parsed.line + lineShift;
        return new Fields(parsed.values, fileLine, parsed.lastQuoted, cut);
    }

    @Override
    public SourceRecord record() {
        return problem == null ? row : null;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String location() {
        return null;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public String problemDetail() {
        return problemDetail;
    }

    @Override
    public ReadStop stop() {
        return stop;
    }

    @Override
    public String raw() {
        if (oversized) {
            StringBuilder head = new StringBuilder();
            for (int i = 0; i < values.size() && head.length() < RecordSize.HEAD_CHARS; i++) {
                head.append(i == 0 ? "" : ",").append(values.get(i), 0,
                        Math.min(values.get(i).length(), RecordSize.HEAD_CHARS));
            }
            return RecordSize.head(head, oversizedBytes, "bytes");
        }
        try {
            return MAPPER.writer(CsvSchema.emptySchema()).writeValueAsString(values.toArray(new String[0])).strip();
        } catch (JsonProcessingException e) {
            return String.join(",", values);
        }
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        source.close();
    }

    /**
     * One record as FastCSV parsed it: its fields, the line it starts on, whether its last field was quoted, and the
     * cut that ended it when it was too large (else null).
     */
    private record Fields(List<String> values, long line, boolean lastQuoted, CsvRecordLimiter.Cut cut) {
    }

    private static final class FieldsHandler extends AbstractBaseCsvCallbackHandler<Fields> {
        private final ArrayList<String> fields = new ArrayList<>();
        private boolean lastQuoted;

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields.clear();
            lastQuoted = false;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            fields.add(new String(buf, offset, len));
            lastQuoted = quoted;
        }

        @Override
        protected Fields buildRecord() {
            return new Fields(Arrays.asList(fields.toArray(new String[0])), getStartingLineNumber(), lastQuoted,
                    null);
        }
    }

    /** The current row by column name; reused between rows. */
    private final class Row implements SourceRecord {
        @Override
        public List<String> names() {
            return header;
        }

        @Override
        public String text(String... names) {
            for (String name : names) {
                Integer c = columnByName.get(FieldNames.normalizeCached(name));
                if (c != null) {
                    String v = values.get(c);
                    if (!v.isBlank()) {
                        return v;
                    }
                }
            }
            return null;
        }

        @Override
        public String value(String name) {
            return valueAt(columnOf(name));
        }

        @Override
        public boolean positional() {
            return true;
        }

        @Override
        public int columnOf(String name) {
            Integer c = columnByName.get(FieldNames.normalizeCached(name));
            return c == null ? -1 : c;
        }

        @Override
        public String valueAt(int column) {
            if (column < 0) {
                return null;
            }
            String v = values.get(column);
            return v.isEmpty() ? null : v;
        }

        @Override
        public JsonNode json(String name) {
            return JsonValues.parse(text(name));
        }
    }
}
