package io.hydrascope.ingest.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.ingest.FieldNames;
import io.hydrascope.ingest.JsonRecord;
import io.hydrascope.ingest.JsonValues;
import io.hydrascope.ingest.ReadStop;
import io.hydrascope.ingest.SourceInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the spans of OTLP/JSON trace exports (one request object, several one after another, or one per line as
 * the collector's file exporter writes them): resourceSpans → scopeSpans → spans, one span in memory at a time. Each
 * span becomes a flat record: its own fields (trace_id, span_id, span_name, start_time_unix_nano, status_code, ...),
 * the resource's and scope's attributes, its attributes (which win), and its events' attributes as
 * {@code <event name>.<key>}. Line = where the span starts; the location also names the span's index and
 * column, since exporters often write a whole batch on one line.
 */
final class OtlpSpanSource extends NestedRecordSource {
    private enum Level { TOP, REQUEST, RESOURCE_SPANS, RESOURCE, SCOPE_SPANS, SCOPE, SPANS }

    private final JsonParser parser;
    private final List<String> columns = new ArrayList<>();
    private Level level = Level.TOP;
    private ObjectNode resourceAttributes = JsonNodeFactory.instance.objectNode();
    private ObjectNode scopeAttributes = JsonNodeFactory.instance.objectNode();
    private int spansInResource;
    private boolean broken;
    private long line;
    private long column;
    private long index;
    private boolean peeked;
    private boolean peekedResult;
    private ReadStop stop;
    private final List<String> lateResources = new ArrayList<>();

    OtlpSpanSource(SourceInput input) throws IOException {
        super(input);
        this.parser = JsonValues.MAPPER.createParser(input.text());
        peekedResult = advance();
        peeked = true;
        if (record != null) {
            columns.addAll(record.names());
        }
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public ReadStop stop() {
        return stop;
    }

    @Override
    public List<String> notes() {
        return lateResources.isEmpty() ? List.of() : List.of("resource attributes came after their spans (ending at "
                + String.join(", ", lateResources) + "): those spans were read without them");
    }

    @Override
    public boolean next() throws IOException {
        if (peeked) {
            peeked = false;
            return peekedResult;
        }
        return advance();
    }

    private boolean advance() throws IOException {
        clearCurrent();
        if (broken) {
            return false;
        }
        try {
            return findNextSpan();
        } catch (JsonProcessingException e) {
            broken = true;
            JsonLocation at = e.getLocation();
            line = at == null ? line : at.getLineNr();
            column = at == null ? column : at.getColumnNr();
            stop = new ReadStop(line, "invalid JSON at line " + line + " column " + column + ": "
                    + e.getOriginalMessage(), input.bytesRead());
            return false;
        }
    }

    private boolean findNextSpan() throws IOException {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
            switch (level) {
                case TOP -> {
                    if (t == JsonToken.START_OBJECT) {
                        level = Level.REQUEST;
                    }
                }
                case REQUEST -> level = field(t, Level.TOP, "resourceSpans", Level.RESOURCE_SPANS);
                case RESOURCE_SPANS -> level = element(t, Level.RESOURCE, Level.REQUEST);
                case RESOURCE -> level = resourceField(t);
                case SCOPE_SPANS -> level = element(t, Level.SCOPE, Level.RESOURCE);
                case SCOPE -> level = scopeField(t);
                case SPANS -> {
                    if (t == JsonToken.END_ARRAY) {
                        level = Level.SCOPE;
                    } else if (t == JsonToken.START_OBJECT) {
                        readSpan();
                        return true;
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return false;
    }

    /** In an object: descends into the array under {@code arrayName}, skips other fields, leaves at its end. */
    private Level field(JsonToken t, Level up, String arrayName, Level into) throws IOException {
        if (t == JsonToken.END_OBJECT) {
            return up;
        }
        String name = FieldNames.normalize(parser.currentName());
        JsonToken value = parser.nextToken();
        if (name.equals(FieldNames.normalize(arrayName)) && value == JsonToken.START_ARRAY) {
            return into;
        }
        parser.skipChildren();
        return level;
    }

    /** In an array of objects: enters each element, leaves at the end of the array. */
    private Level element(JsonToken t, Level into, Level up) throws IOException {
        if (t == JsonToken.END_ARRAY) {
            return up;
        }
        if (t == JsonToken.START_OBJECT) {
            if (into == Level.RESOURCE) {
                resourceAttributes = JsonNodeFactory.instance.objectNode();
                spansInResource = 0;
            } else {
                scopeAttributes = JsonNodeFactory.instance.objectNode();
            }
            return into;
        }
        parser.skipChildren();
        return level;
    }

    private Level resourceField(JsonToken t) throws IOException {
        if (t == JsonToken.END_OBJECT) {
            return Level.RESOURCE_SPANS;
        }
        String name = FieldNames.normalize(parser.currentName());
        JsonToken value = parser.nextToken();
        if (name.equals("resource") && value == JsonToken.START_OBJECT) {
            JsonNode resource = parser.readValueAsTree();
            resourceAttributes = OtlpAttributes.toObject(resource.path("attributes"));
            if (spansInResource > 0) {
                lateResources.add("line " + parser.currentLocation().getLineNr());
            }
            return level;
        }
        if ((name.equals("scopespans") || name.equals("instrumentationlibraryspans"))
                && value == JsonToken.START_ARRAY) {
            return Level.SCOPE_SPANS;
        }
        parser.skipChildren();
        return level;
    }

    private Level scopeField(JsonToken t) throws IOException {
        if (t == JsonToken.END_OBJECT) {
            return Level.SCOPE_SPANS;
        }
        String name = FieldNames.normalize(parser.currentName());
        JsonToken value = parser.nextToken();
        if ((name.equals("scope") || name.equals("instrumentationlibrary")) && value == JsonToken.START_OBJECT) {
            JsonNode scope = parser.readValueAsTree();
            scopeAttributes = OtlpAttributes.toObject(scope.path("attributes"));
            if (scope.hasNonNull("name")) {
                scopeAttributes.put("scope_name", scope.get("name").asText());
            }
            return level;
        }
        if (name.equals("spans") && value == JsonToken.START_ARRAY) {
            return Level.SPANS;
        }
        parser.skipChildren();
        return level;
    }

    private void readSpan() throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        line = at.getLineNr();
        column = at.getColumnNr();
        index++;
        spansInResource++;
        JsonNode span = parser.readValueAsTree();
        raw = span.toString();
        record = new JsonRecord(OtlpAttributes.flatten(span, resourceAttributes, scopeAttributes));
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String location() {
        return "span " + index + " of the file, starting at line " + line + " column " + column;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
