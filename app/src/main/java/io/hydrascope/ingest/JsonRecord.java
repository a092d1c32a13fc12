package io.hydrascope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A JSON object as a {@link SourceRecord}. */
public final class JsonRecord implements SourceRecord {
    private final ObjectNode node;
    private final Map<String, JsonNode> byName;
    private final List<String> names;

    public JsonRecord(ObjectNode node) {
        this.node = node;
        this.byName = new HashMap<>(node.size() * 2);
        this.names = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            names.add(field.getKey());
            byName.putIfAbsent(FieldNames.normalizeCached(field.getKey()), field.getValue());
        }
    }

    public ObjectNode node() {
        return node;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public String text(String... fields) {
        for (String field : fields) {
            String v = JsonValues.text(byName.get(FieldNames.normalizeCached(field)));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String value(String field) {
        return JsonValues.text(byName.get(FieldNames.normalizeCached(field)));
    }

    @Override
    public JsonNode json(String field) {
        return JsonValues.structured(byName.get(FieldNames.normalizeCached(field)));
    }
}
