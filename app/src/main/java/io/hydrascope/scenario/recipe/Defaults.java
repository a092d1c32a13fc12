package io.hydrascope.scenario.recipe;

import java.util.List;
import java.util.Map;

/** Null-coalescing helpers for merging a partial recipe with its defaults. */
final class Defaults {
    private Defaults() {
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static <K, V> Map<K, V> orMap(Map<K, V> value, Map<K, V> fallback) {
        return value != null && !value.isEmpty() ? value : fallback;
    }

    static <T> List<T> orList(List<T> value, List<T> fallback) {
        return value != null && !value.isEmpty() ? value : fallback;
    }
}
