package io.hydrascope.model;

/** What a source file contributes to a case. */
public enum DataKind {
    INTERACTIONS, ACCOUNTS, LABELS;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DataKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
