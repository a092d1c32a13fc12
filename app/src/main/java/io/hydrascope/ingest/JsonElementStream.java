package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Streams the elements of a top-level JSON array, or the top-level values of a JSON document (one object, or several
 * one after another), one element in memory at a time: a multi-GB array never becomes one tree. Malformed JSON ends
 * the stream with a problem element, since nothing after it can be trusted.
 */
public final class JsonElementStream implements Closeable {
    private final JsonParser parser;
    private final boolean array;
    private boolean started;
    private boolean ended;
    private ObjectNode node;
    private String raw;
    private long line;
    private long column;
    private long index;
    private String problem;
    private String problemDetail;

    /** @param array true for the elements of a top-level array, false for top-level values */
    public JsonElementStream(Reader reader, boolean array) throws IOException {
        this.parser = JsonValues.MAPPER.createParser(reader);
        this.array = array;
    }

    /** Advances to the next element; false at the end. */
    public boolean next() throws IOException {
        node = null;
        raw = null;
        problem = null;
        problemDetail = null;
        if (ended) {
            return false;
        }
        try {
            if (!started) {
                started = true;
                if (array && parser.nextToken() != JsonToken.START_ARRAY) {
                    return fail("expected a JSON array", "the file does not start with [");
                }
            }
            JsonToken token = parser.nextToken();
            if (token == null || (array && token == JsonToken.END_ARRAY)) {
                ended = true;
                return false;
            }
            index++;
            JsonLocation at = parser.currentTokenLocation();
            line = at.getLineNr();
            column = at.getColumnNr();
            JsonNode value = parser.readValueAsTree();
            raw = value == null ? null : value.toString();
            if (value instanceof ObjectNode object) {
                node = object;
            } else {
                problem = "invalid JSON";
                problemDetail = "expected a JSON object, found " + (value == null ? "nothing" : value.getNodeType());
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at != null) {
                line = at.getLineNr();
                column = at.getColumnNr();
            }
            index++;
            return fail("invalid JSON", e.getOriginalMessage() + " (the rest of the file could not be read)");
        }
    }

    private boolean fail(String reason, String detail) {
        ended = true;
        problem = reason;
        problemDetail = detail;
        return true;
    }

    /** The current element when it is an object, else null (see {@link #problem()}). */
    public ObjectNode node() {
        return node;
    }

    /** The current element as JSON text (null when it could not be read). */
    public String raw() {
        return raw;
    }

    /** Line where the current element starts (1-based). */
    public long line() {
        return line;
    }

    /** Column where the current element starts (1-based). */
    public long column() {
        return column;
    }

    /** 1-based index of the current element. */
    public long index() {
        return index;
    }

    public String problem() {
        return problem;
    }

    public String problemDetail() {
        return problemDetail;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
