package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (header row, quoted fields with embedded newlines, CRLF or LF) with Jackson's streaming CSV
 * parser. A record whose field count differs from the header's is reported as a problem, not guessed at.
 */
final class CsvRecordSource implements RecordSource {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final CsvParser parser;
    private final Reader source;
    private final CountingInputStream counter;
    private final List<String> header;
    private final Map<String, Integer> columnByName = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final Row row = new Row();
    private long line;
    private String problem;
    private String problemDetail;
    private boolean broken;

    CsvRecordSource(Reader reader, CountingInputStream counter) throws IOException {
        this.counter = counter;
        this.source = reader;
        this.parser = MAPPER.getFactory().createParser(reader);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        if (!readRecord()) {
            throw new IOException("the file is empty (expected a header row)");
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
        } catch (JsonProcessingException e) {
            broken = true;
            problem = "malformed CSV";
            problemDetail = e.getOriginalMessage() + " (the rest of the file could not be read)";
            line = e.getLocation() == null ? line : e.getLocation().getLineNr();
            return true;
        }
        if (values.size() != header.size()) {
            problem = "wrong column count";
            problemDetail = "expected " + header.size() + " fields, found " + values.size();
        }
        return true;
    }

    private boolean readRecord() throws IOException {
        values.clear();
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("unexpected CSV token " + token);
        }
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                return !values.isEmpty();
            }
            if (values.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return true;
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
        parser.close();
        source.close();
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
            Integer c = columnByName.get(FieldNames.normalizeCached(name));
            return c == null || values.get(c).isEmpty() ? null : values.get(c);
        }

        @Override
        public JsonNode json(String name) {
            return JsonValues.parse(text(name));
        }
    }
}
