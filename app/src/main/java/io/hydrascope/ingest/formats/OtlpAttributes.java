package io.hydrascope.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/** OTLP/JSON attribute lists ({@code [{"key": k, "value": {"stringValue": v}}]}) as plain JSON. Stateless. */
final class OtlpAttributes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OtlpAttributes() {
    }

    /** An attribute list as an object of key → plain value. */
    static ObjectNode toObject(JsonNode attributes) {
        ObjectNode out = NODES.objectNode();
        if (attributes != null && attributes.isArray()) {
            for (JsonNode kv : attributes) {
                String key = kv.path("key").asText(null);
                JsonNode value = value(kv.path("value"));
                if (key != null && value != null) {
                    out.set(key, value);
                }
            }
        }
        return out;
    }

    /** An OTLP AnyValue as plain JSON; null when empty. */
    static JsonNode value(JsonNode any) {
        if (any == null || !any.isObject() || any.isEmpty()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> it = any.fields();
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "stringValue", "bytesValue" -> NODES.textNode(v.asText());
            case "boolValue" -> NODES.booleanNode(v.asBoolean());
            case "intValue" -> v.isNumber() ? v : integer(v.asText());
            case "doubleValue" -> v.isNumber() ? v : NODES.textNode(v.asText());
            case "arrayValue" -> {
                ArrayNode array = NODES.arrayNode();
                v.path("values").forEach(item -> {
                    JsonNode plain = value(item);
                    array.add(plain == null ? NODES.nullNode() : plain);
                });
                yield array;
            }
            case "kvlistValue" -> toObject(v.path("values"));
            default -> v;
        };
    }

    private static JsonNode integer(String text) {
        try {
            return NODES.numberNode(new BigInteger(text.strip()));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    /** A span with its resource's and scope's attributes as one flat object (the span's own attributes win). */
    static ObjectNode flatten(JsonNode span, ObjectNode resource, ObjectNode scope) {
        ObjectNode out = NODES.objectNode();
        copy(span, out, "traceId", "trace_id");
        copy(span, out, "spanId", "span_id");
        copy(span, out, "parentSpanId", "parent_span_id");
        copy(span, out, "name", "span_name");
        copy(span, out, "kind", "span_kind");
        copy(span, out, "startTimeUnixNano", "start_time_unix_nano");
        copy(span, out, "endTimeUnixNano", "end_time_unix_nano");
        JsonNode status = span.path("status");
        copy(status, out, "code", "status_code");
        copy(status, out, "message", "status_message");
        out.setAll(resource);
        out.setAll(scope);
        out.setAll(toObject(span.path("attributes")));
        for (JsonNode event : span.path("events")) {
            String name = event.path("name").asText("event");
            toObject(event.path("attributes")).fields().forEachRemaining(a -> {
                out.set(name + "." + a.getKey(), a.getValue());
                if (a.getKey().startsWith("gen_ai.") && !out.has(a.getKey())) {
                    out.set(a.getKey(), a.getValue());
                }
            });
        }
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String name, String as) {
        JsonNode v = from.get(name);
        if (v == null) {
            v = from.get(as);
        }
        if (v != null && !v.isNull()) {
            to.set(as, v);
        }
    }
}
