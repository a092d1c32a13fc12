package io.hydrascope.analysis.topics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural cue: a count over the scanned text compared with a threshold, written {@code name>=N}. Counting is
 * done in the same pass that folds the text, so structural cues cost nothing extra per prompt.
 */
record Structure(Measure measure, int atLeast) {
    private static final Pattern SYNTAX = Pattern.compile("([a-z]+)\\s*>=\\s*(\\d{1,7})");

    /** What is counted. */
    enum Measure {
        /** Numbers such as {@code 16}, {@code $80,000} or {@code 1.5} (each counts once). */
        NUMBERS,
        /** Code punctuation: any of {@code { } [ ] ; = < >}. */
        SYMBOLS,
        /** Lines, i.e. line breaks plus one. */
        LINES
    }

    /** Parses {@code numbers>=3}; returns null when the text is not a known structure. */
    static Structure parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        for (Measure measure : Measure.values()) {
            if (measure.name().equalsIgnoreCase(m.group(1))) {
                return new Structure(measure, Integer.parseInt(m.group(2)));
            }
        }
        return null;
    }

    boolean holds(int numbers, int symbols, int lines) {
        int value = switch (measure) {
            case NUMBERS -> numbers;
            case SYMBOLS -> symbols;
            case LINES -> lines;
        };
        return value >= atLeast;
    }

    @Override
    public String toString() {
        return measure.name().toLowerCase(java.util.Locale.ROOT) + ">=" + atLeast;
    }
}
