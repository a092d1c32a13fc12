package io.hydrascope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One record of a source file by field name, before it is mapped onto canonical fields: a CSV row, a JSON object,
 * or what a nested format's source made of one span or message. Names are matched tolerantly
 * ({@link FieldNames#normalize}: case, snake/camel case and punctuation do not matter).
 */
public interface SourceRecord {
    /** Field names as written in this record, in order. */
    List<String> names();

    /** Text of the first named field that is present and not blank (objects and arrays as JSON); else null. */
    String text(String... names);

    /** The field's text exactly as written, white space included; null when absent or empty. */
    String value(String name);

    /**
     * Structured value of the field: a JSON object or array, or a text field holding one, parsed; null when the field
     * is absent or not JSON.
     */
    JsonNode json(String name);

    /**
     * True when every record of the source has the same fields in the same places (CSV rows), so that a field's
     * position can be looked up once with {@link #columnOf} and read with {@link #valueAt} for every record.
     */
    default boolean positional() {
        return false;
    }

    /**
     * Position in {@link #names()} of the field {@link #value} reads for this name, or -1 when absent. Only
     * {@link #positional()} records have positions; the others answer -1.
     */
    default int columnOf(String name) {
        return -1;
    }

    /** What {@link #value} returns for the field at this position (see {@link #columnOf}); -1 gives null. */
    default String valueAt(int column) {
        return null;
    }
}
