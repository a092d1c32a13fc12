package io.hydrascope.ingest;

import io.hydrascope.model.ImportRecord;

/** An import stopped on request after committing what it had; importing the file again resumes it. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportRecord record;

    ImportCancelledException(ImportRecord record) {
        super(record.fileName() + ": import cancelled after " + record.counts().rowsRead()
                + " rows; import the file again to resume");
        this.record = record;
    }

    public ImportRecord record() {
        return record;
    }
}
