package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: one JSON object per line, blank lines ignored. A line that is not a JSON object, or that is
 * larger than the record size limit, is a problem record and reading goes on with the next line; an oversized line
 * is skipped without being held in memory.
 */
final class JsonLinesRecordSource implements RecordSource {
    private static final String NOT_AN_OBJECT = "expected a JSON object";

    private final BoundedLineReader lines;
    private final CountingInputStream counter;
    private final long maxRecordBytes;
    private final List<String> keys = new ArrayList<>();
    private String current;
    private long recordLine;
    private JsonRecord record;
    private String problem;
    private String problemDetail;
    /** The first record, read ahead for its keys and handed out by the first {@link #next()}. */
    private boolean firstPending;

    JsonLinesRecordSource(Reader reader, CountingInputStream counter, long maxRecordBytes) throws IOException {
        this.lines = new BoundedLineReader(reader, maxRecordBytes);
        this.counter = counter;
        this.maxRecordBytes = maxRecordBytes;
        if (!advance()) {
            throw new IOException("the file is empty (expected JSON objects, one per line)");
        }
        if (record != null) {
            record.names().forEach(keys::add);
        } else if (!RecordSize.TOO_LARGE.equals(problem)) {
            throw new IOException("line " + recordLine + ": " + (NOT_AN_OBJECT.equals(problemDetail)
                    ? "expected a JSON object per line" : "not valid JSON: " + problemDetail));
        }
        firstPending = true;
    }

    @Override
    public List<String> columns() {
        return List.copyOf(keys);
    }

    @Override
    public boolean next() throws IOException {
        if (firstPending) {
            firstPending = false;
            return true;
        }
        return advance();
    }

    private boolean advance() throws IOException {
        problem = null;
        problemDetail = null;
        record = null;
        current = null;
        do {
            if (!lines.next()) {
                return false;
            }
        } while (!lines.oversized() && lines.text().isBlank());
        recordLine = lines.number();
        if (lines.oversized()) {
            problem = RecordSize.TOO_LARGE;
            problemDetail = RecordSize.detail(lines.bytes(), "bytes", maxRecordBytes);
            current = RecordSize.head(lines.head(), lines.bytes(), "bytes");
            return true;
        }
        current = lines.text();
        JsonNode node;
        try {
            node = JsonValues.MAPPER.readTree(current);
        } catch (JsonProcessingException e) {
            problem = "invalid JSON";
            problemDetail = e.getOriginalMessage();
            return true;
        }
        if (node == null || !node.isObject()) {
            problem = "invalid JSON";
            problemDetail = NOT_AN_OBJECT;
            return true;
        }
        record = new JsonRecord((ObjectNode) node);
        return true;
    }

    @Override
    public SourceRecord record() {
        return record;
    }

    @Override
    public long line() {
        return recordLine;
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
        return current;
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
