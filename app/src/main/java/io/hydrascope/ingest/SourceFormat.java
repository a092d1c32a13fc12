package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source shape after mapping: which kind of data it carries, its canonical fields (the slots a reader fills, in
 * order), which of them must be present, and how its timestamps are written. Column names are matched through
 * {@link FieldNames#normalize}.
 */
public record SourceFormat(String name, DataKind kind, List<String> fields, Set<String> required,
                           TimestampFormat timestamps) {

    /** A format with the native timestamp rule; text lacking an offset is read as UTC if {@code assumeUtc}. */
    public SourceFormat(String name, DataKind kind, List<String> fields, Set<String> required, boolean assumeUtc) {
        this(name, kind, fields, required, assumeUtc ? TimestampFormat.AUTO_UTC : TimestampFormat.AUTO);
    }

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

    /** The same format under another name (e.g. a profile's). */
    public SourceFormat named(String newName) {
        return new SourceFormat(newName, kind, fields, required, timestamps);
    }
}
