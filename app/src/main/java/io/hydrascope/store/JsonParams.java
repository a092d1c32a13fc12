package io.hydrascope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;

/**
 * Binds a set of values as one JSON array parameter, read back in SQL with {@code json_each(?)}: the statement stays
 * prepared and its text never depends on how many values there are or what they contain.
 */
final class JsonParams {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonParams() {
    }

    static String array(Collection<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode query values", e);
        }
    }
}
