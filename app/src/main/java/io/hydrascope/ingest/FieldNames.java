package io.hydrascope.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tolerant column-name matching: case, snake_case, camelCase, dots, spaces and dashes do not matter. */
public final class FieldNames {
    /** Names looked up per record come from code and headers: few distinct ones, so normalizing them once pays. */
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

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

    /** {@link #normalize}, remembered for the names seen most (field names of sources, not values). */
    static String normalizeCached(String name) {
        String cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String normalized = normalize(name);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(name, normalized);
        }
        return normalized;
    }
}
