package io.hydrascope.model;

/**
 * Where an import stands. {@code INTERRUPTED} is never stored: it is how a stored {@code RUNNING} import reads when
 * the process that ran it is gone (killed, crashed, powered off). Every import that did not complete resumes where
 * it stopped when its file is imported again.
 */
public enum ImportStatus {
    RUNNING, COMPLETE, CANCELLED, FAILED, INTERRUPTED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ImportStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** True when importing the file again continues this import where it stopped. */
    public boolean resumable() {
        return this == CANCELLED || this == FAILED || this == INTERRUPTED;
    }

    /** For people: {@code complete}, {@code running}, or e.g. {@code interrupted, resumable}. */
    public String describe() {
        return resumable() ? dbValue() + ", resumable" : dbValue();
    }
}
