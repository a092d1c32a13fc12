package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one JSON object per line, blank lines ignored. Scalar values become text; objects and arrays
 * (e.g. a list of tool calls) are kept as their JSON text. A line that is not a JSON object is a problem record.
 */
final class JsonLinesRecordReader implements RecordReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BufferedReader reader;
    private final CountingInputStream counter;
    private final List<String> keys;
    private Map<String, Integer> slotsByName;
    private String[] slots;
    private String current;
    private long lineNumber;
    private long recordLine;
    private String problem;
    private String problemDetail;
    private JsonNode pending;
    private long pendingLine;

    JsonLinesRecordReader(BufferedReader reader, CountingInputStream counter) throws IOException {
        this.reader = reader;
        this.counter = counter;
        this.keys = new ArrayList<>();
        String first = nextNonBlank();
        if (first == null) {
            throw new IOException("the file is empty (expected JSON objects, one per line)");
        }
        pendingLine = lineNumber;
        current = first;
        try {
            pending = MAPPER.readTree(first);
        } catch (JsonProcessingException e) {
            throw new IOException("line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (!pending.isObject()) {
            throw new IOException("line " + lineNumber + ": expected a JSON object per line");
        }
        pending.fieldNames().forEachRemaining(keys::add);
    }

    void bind(SourceFormat format) {
        slotsByName = format.slotsByNormalizedName();
        slots = new String[format.fields().size()];
    }

    @Override
    public List<String> columns() {
        return List.copyOf(keys);
    }

    @Override
    public boolean next() throws IOException {
        problem = null;
        problemDetail = null;
        Arrays.fill(slots, null);
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
                node = MAPPER.readTree(current);
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
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Integer slot = slotsByName.get(FieldNames.normalize(field.getKey()));
            if (slot != null) {
                slots[slot] = text(field.getValue());
            }
        }
        return true;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isEmpty() ? null : text;
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
    public long line() {
        return recordLine;
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
    public String[] slots() {
        return slots;
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
