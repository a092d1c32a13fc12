package io.hydrascope.ingest;

import java.util.Locale;

/** Tolerant column-name matching: case, snake_case, camelCase, spaces and dashes do not matter. */
public final class FieldNames {
    private FieldNames() {
    }

    /** "Request_ID", "requestId" and "request-id" all become "requestid". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
