package io.hydrascope.ingest;

import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ImportStatus;

/**
 * How one file's import ended. {@code alreadyImported}: the same content was imported before and nothing changed.
 * {@code resumed}: an interrupted earlier run of this file was continued. {@code elapsedNanos}: time of this run.
 */
public record ImportResult(ImportRecord record, boolean alreadyImported, boolean resumed, long elapsedNanos) {
    /**
     * False when the file could not be read to its end: the rows before that point are in the case, and the record's
     * message (starting with {@link ImportService#INCOMPLETE}) says where and why reading stopped.
     */
    public boolean complete() {
        return record.status() == ImportStatus.COMPLETE;
    }

    /** Where and why reading stopped, when the import is not {@link #complete()}; else null. */
    public String incompleteReason() {
        if (complete()) {
            return null;
        }
        for (String note : (record.message() == null ? "" : record.message()).split("; ")) {
            if (note.startsWith(ImportService.INCOMPLETE)) {
                return note;
            }
        }
        return "incomplete (" + record.status().dbValue() + "); import the file again to resume";
    }
}
