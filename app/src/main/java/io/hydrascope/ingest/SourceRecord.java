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
}
