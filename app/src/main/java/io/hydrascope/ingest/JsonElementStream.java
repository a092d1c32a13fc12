package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Streams the elements of a top-level JSON array, or the top-level values of a JSON document (one object, or several
 * one after another), one element in memory at a time: a multi-GB array never becomes one tree.
 *
 * <p>With a size limit, an element that grows past it (counted in characters) is skipped token by token without its
 * strings being read, and reported as too large; a single string longer than the limit cannot be skipped that way,
 * so it ends the stream as malformed JSON does: {@link #stopReason()} says why, since nothing after it can be trusted.
 */
public final class JsonElementStream implements Closeable {
    /** No limit on the size of an element. */
    public static final long UNBOUNDED = Long.MAX_VALUE;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final boolean array;
    private final long maxChars;
    private boolean started;
    private boolean ended;
    private ObjectNode node;
    private String raw;
    private long line;
    private long column;
    private long index;
    private String problem;
    private String problemDetail;
    private String stopReason;

    /** @param array true for the elements of a top-level array, false for top-level values */
    public JsonElementStream(Reader reader, boolean array) throws IOException {
        this(reader, array, UNBOUNDED);
    }

    /** @param maxChars the largest element read, in characters; larger ones are skipped and reported */
    public JsonElementStream(Reader reader, boolean array, long maxChars) throws IOException {
        this.parser = maxChars == UNBOUNDED ? JsonValues.MAPPER.createParser(reader)
                : JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxChars)).build())
                        .build().createParser(reader);
        this.array = array;
        this.maxChars = maxChars;
    }

    /** Advances to the next element; false at the end, or where the rest cannot be read ({@link #stopReason()}). */
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
                    return stop("expected a JSON array: the file does not start with [");
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
            long start = at.getCharOffset();
            JsonNode value = readValue(start);
            if (value == null) {
                long size = parser.currentLocation().getCharOffset() - start;
                problem = RecordSize.TOO_LARGE;
                problemDetail = RecordSize.detail(size, "characters", maxChars);
                raw = "(an element of " + size + " characters, not kept)";
                return true;
            }
            raw = value.toString();
            if (value instanceof ObjectNode object) {
                node = object;
            } else {
                problem = "invalid JSON";
                problemDetail = "expected a JSON object, found " + value.getNodeType();
            }
            return true;
        } catch (StreamConstraintsException e) {
            // line stays where the element starts
            return stop(String.format(Locale.ROOT, "a string in the element starting at line %d is longer than the "
                    + "record size limit of %,d characters, and inside a JSON array it cannot be skipped", line,
                    maxChars));
        } catch (JsonProcessingException e) {
            locate(e);
            return stop("invalid JSON at line " + line + " column " + column + ": " + e.getOriginalMessage());
        }
    }

    private void locate(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at != null) {
            line = at.getLineNr();
            column = at.getColumnNr();
        }
    }

    private boolean stop(String reason) {
        ended = true;
        stopReason = reason;
        return false;
    }

    /**
     * Reads the value the parser is on as a tree. Returns null when it grows past the limit, after skipping the
     * rest of it (strings skipped unread).
     */
    private JsonNode readValue(long start) throws IOException {
        JsonToken t = parser.currentToken();
        if (!t.isStructStart()) {
            return scalar(t);
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> root = container(t);
        open.push(root);
        String name = null;
        while (!open.isEmpty()) {
            t = parser.nextToken();
            if (t == null) {
                throw new JsonParseException(parser, "unexpected end of input inside a value");
            }
            if (maxChars != UNBOUNDED && parser.currentTokenLocation().getCharOffset() - start > maxChars) {
                skipRest(open.size());
                return null;
            }
            switch (t) {
                case FIELD_NAME -> name = parser.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                case START_OBJECT, START_ARRAY -> {
                    ContainerNode<?> child = container(t);
                    add(open.peek(), name, child);
                    open.push(child);
                }
                default -> add(open.peek(), name, scalar(t));
            }
        }
        return root;
    }

    /** With the parser on a token inside {@code depth} open containers: moves it past the last one's end. */
    private void skipRest(int depth) throws IOException {
        for (JsonToken t = parser.currentToken(); ; t = parser.nextToken()) {
            if (t == null) {
                throw new JsonParseException(parser, "unexpected end of input inside a value");
            }
            depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            if (depth == 0) {
                return;
            }
        }
    }

    private static ContainerNode<?> container(JsonToken t) {
        return t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    }

    private static void add(ContainerNode<?> parent, String name, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else {
            ((ArrayNode) parent).add(value);
        }
    }

    private JsonNode scalar(JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // exact, as JsonValues.MAPPER reads them: 1e400 stays that number
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
            default -> throw new JsonParseException(parser, "unexpected " + t);
        };
    }

    /** The current element when it is an object, else null (see {@link #problem()}). */
    public ObjectNode node() {
        return node;
    }

    /** The current element as JSON text (null when it could not be read). */
    public String raw() {
        return raw;
    }

    /** Line where the current element starts (1-based), or where reading stopped. */
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

    /** Why the stream ended before the end of the file (malformed JSON, an unskippable string); null otherwise. */
    public String stopReason() {
        return stopReason;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
