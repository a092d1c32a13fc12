package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tabular source shape: which kind of data it carries, its canonical fields (the slots a reader fills, in order)
 * and which of them must be present. Column names are matched through {@link FieldNames#normalize}.
 */
public record SourceFormat(String name, DataKind kind, List<String> fields, Set<String> required,
                           boolean assumeUtc) {

    /** Slot index for each normalized field name. */
    public Map<String, Integer> slotsByNormalizedName() {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            slots.put(FieldNames.normalize(fields.get(i)), i);
        }
        return slots;
    }

    public int slot(String field) {
        int i = fields.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no field " + field);
        }
        return i;
    }
}
