package io.hydrascope.model;

/** Where an import stands. A {@code RUNNING} record found on open is an import that was killed. */
public enum ImportStatus {
    RUNNING, COMPLETE, CANCELLED, FAILED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ImportStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
