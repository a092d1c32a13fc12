package io.hydrascope.scenario.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects validation problems as "path message" lines; every check ignores absent (null) values. */
final class Problems {
    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return lines;
    }

    void add(String path, String message) {
        lines.add(path + " " + message);
    }

    void positive(String path, Number value) {
        if (value != null && value.doubleValue() <= 0) {
            add(path, "must be > 0");
        }
    }

    void atLeast(String path, Number value, double min) {
        if (value != null && value.doubleValue() < min) {
            add(path, "must be >= " + format(min));
        }
    }

    void range(String path, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            add(path, "must be between " + format(min) + " and " + format(max));
        }
    }

    void fraction(String path, Double value) {
        range(path, value, 0, 1);
    }

    void notBlank(String path, String value) {
        if (value != null && value.isBlank()) {
            add(path, "must not be blank");
        }
    }

    void oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(path, "must be one of " + String.join(", ", allowed) + " (not \"" + value + "\")");
        }
    }

    void required(String path, Object value) {
        if (value == null) {
            add(path, "is required");
        }
    }

    /** A map of known names to non-negative weights that do not all vanish. */
    void weights(String path, Map<String, Double> map, List<String> known) {
        if (map == null) {
            return;
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            if (!known.contains(e.getKey())) {
                add(path + "." + e.getKey(), "is unknown (known: " + String.join(", ", known) + ")");
            }
            if (e.getValue() == null || e.getValue() < 0) {
                add(path + "." + e.getKey(), "must be a weight >= 0");
            } else {
                sum += e.getValue();
            }
        }
        if (sum <= 0) {
            add(path, "needs at least one weight > 0");
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
