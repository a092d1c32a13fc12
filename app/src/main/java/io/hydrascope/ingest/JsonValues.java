package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;

/** Turning JSON values into the text Hydrascope stores, and reading JSON that sources embed in text fields. */
public final class JsonValues {
    /**
     * Shared mapper; prompts of many MiB are legitimate, so the string length limit is lifted (record sources bound
     * the size of a record themselves). Floating point numbers are read exactly, so that {@code 1e400} stays that
     * number instead of becoming an infinity.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Beyond this exponent a number is kept in exponent notation: {@code 1e400} as 1E+400, not 401 digits. */
    private static final int MAX_PLAIN_SCALE = 64;

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build());
    }

    private JsonValues() {
    }

    /**
     * A value as text: strings as they are, numbers without exponent or trailing zeros ({@code 10.0} becomes
     * {@code 10}, {@code 1.6863E9} becomes {@code 1686300000}), objects and arrays as JSON; null for null, missing
     * or empty.
     */
    public static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text;
        if (value.isIntegralNumber()) {
            text = value.asText();
        } else if (value.isNumber()) {
            text = plainNumber(value);
        } else if (value.isValueNode()) {
            text = value.asText();
        } else {
            text = value.toString();
        }
        return text.isEmpty() ? null : text;
    }

    private static String plainNumber(JsonNode value) {
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return value.asText();
        }
        BigDecimal d = (value.isBigDecimal() ? value.decimalValue() : new BigDecimal(value.asText()))
                .stripTrailingZeros();
        if (d.scale() < -MAX_PLAIN_SCALE || d.scale() > MAX_PLAIN_SCALE) {
            return d.toString();
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * The value as structured JSON: objects and arrays as they are, text that holds a JSON object or array parsed
     * (sources such as LiteLLM store JSON in text columns); null otherwise.
     */
    public static JsonNode structured(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value;
        }
        return value.isTextual() ? parse(value.asText()) : null;
    }

    /** Parses text holding a JSON object or array; null when it does not. */
    public static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || (s.charAt(0) != '{' && s.charAt(0) != '[')) {
            return null;
        }
        try {
            return MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Text of the first of the named members of an object that is present and not empty (exact names). */
    public static String member(JsonNode object, String... names) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (String name : names) {
            String v = text(object.get(name));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
