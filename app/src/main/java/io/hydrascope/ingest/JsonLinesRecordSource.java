package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: one JSON object per line, blank lines ignored. A line that is not a JSON object is a problem
 * record and reading goes on with the next line.
 */
final class JsonLinesRecordSource implements RecordSource {
    private final BufferedReader reader;
    private final CountingInputStream counter;
    private final List<String> keys = new ArrayList<>();
    private String current;
    private long lineNumber;
    private long recordLine;
    private JsonRecord record;
    private String problem;
    private String problemDetail;
    private JsonNode pending;
    private long pendingLine;

    JsonLinesRecordSource(BufferedReader reader, CountingInputStream counter) throws IOException {
        this.reader = reader;
        this.counter = counter;
        String first = nextNonBlank();
        if (first == null) {
            throw new IOException("the file is empty (expected JSON objects, one per line)");
        }
        pendingLine = lineNumber;
        current = first;
        try {
            pending = JsonValues.MAPPER.readTree(first);
        } catch (JsonProcessingException e) {
            throw new IOException("line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (!pending.isObject()) {
            throw new IOException("line " + lineNumber + ": expected a JSON object per line");
        }
        pending.fieldNames().forEachRemaining(keys::add);
    }

    @Override
    public List<String> columns() {
        return List.copyOf(keys);
    }

    @Override
    public boolean next() throws IOException {
        problem = null;
        problemDetail = null;
        record = null;
        JsonNode node;
        if (pending != null) {
            node = pending;
            recordLine = pendingLine;
            pending = null;
        } else {
            current = nextNonBlank();
            if (current == null) {
                return false;
            }
            recordLine = lineNumber;
            try {
                node = JsonValues.MAPPER.readTree(current);
            } catch (JsonProcessingException e) {
                problem = "invalid JSON";
                problemDetail = e.getOriginalMessage();
                return true;
            }
        }
        if (node == null || !node.isObject()) {
            problem = "invalid JSON";
            problemDetail = "expected a JSON object";
            return true;
        }
        record = new JsonRecord((ObjectNode) node);
        return true;
    }

    private String nextNonBlank() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        return line;
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
        reader.close();
    }
}
