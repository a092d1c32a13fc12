package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (header row, quoted fields with embedded newlines, CRLF or LF) with FastCSV, about twice as
 * fast as Jackson's CSV parser on prompt-sized quoted fields. A record whose field count differs from the header's
 * is reported as a problem, not guessed at; text after a closing quote is kept rather than rejected. A quoted field
 * left open runs to the end of the file: that last record is reported as malformed instead of imported.
 */
final class CsvRecordSource implements RecordSource {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final CsvReader<Fields> reader;
    private final Iterator<Fields> records;
    private final LastCharReader source;
    private final CountingInputStream counter;
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

    CsvRecordSource(Reader reader, CountingInputStream counter) throws IOException {
        this.counter = counter;
        this.source = new LastCharReader(reader);
        this.reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .build(new FieldsHandler(), source);
        this.records = this.reader.iterator();
        try {
            if (!readRecord()) {
                throw new IOException("the file is empty (expected a header row)");
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
            line++;
            problem = "malformed CSV";
            problemDetail = e.getMessage() + " (the rest of the file could not be read)";
            return true;
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
        if (ahead == null && aheadFailure == null && current.lastQuoted && source.lastChar() != '"') {
            broken = true;
            problem = "malformed CSV";
            problemDetail = "a quoted field is not closed before the end of the file (everything after its opening "
                    + "quote was read into it)";
        }
        return true;
    }

    private Fields fetch() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
    public String raw() {
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

    /** One record as FastCSV parsed it: its fields, the line it starts on, whether its last field was quoted. */
    private record Fields(List<String> values, long line, boolean lastQuoted) {
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
            return new Fields(Arrays.asList(fields.toArray(new String[0])), getStartingLineNumber(), lastQuoted);
        }
    }

    /** Remembers the last character read that is not a line break, to tell a closed last field from an open one. */
    private static final class LastCharReader extends FilterReader {
        private int lastChar = -1;

        LastCharReader(Reader in) {
            super(in);
        }

        int lastChar() {
            return lastChar;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            for (int i = off + n - 1; i >= off; i--) {
                if (buf[i] != '\n' && buf[i] != '\r') {
                    lastChar = buf[i];
                    break;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0 && c != '\n' && c != '\r') {
                lastChar = c;
            }
            return c;
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
