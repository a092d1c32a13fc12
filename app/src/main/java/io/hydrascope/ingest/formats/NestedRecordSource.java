package io.hydrascope.ingest.formats;

import io.hydrascope.ingest.JsonRecord;
import io.hydrascope.ingest.RecordSource;
import io.hydrascope.ingest.SourceInput;
import io.hydrascope.ingest.SourceRecord;

/**
 * What a source of records nested inside one JSON document (spans in OTLP batches, messages in conversations) keeps
 * about its current record, and the accessors that report it. Subclasses fill the fields as they advance.
 */
abstract class NestedRecordSource implements RecordSource {
    protected final SourceInput input;
    protected JsonRecord record;
    protected String raw;
    protected String problem;
    protected String problemDetail;

    NestedRecordSource(SourceInput input) {
        this.input = input;
    }

    /** Forgets the current record before reading the next one. */
    protected void clearCurrent() {
        record = null;
        raw = null;
        problem = null;
        problemDetail = null;
    }

    @Override
    public SourceRecord record() {
        return record;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public String problemDetail() {
        return problemDetail;
    }

    @Override
    public String raw() {
        return raw;
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }
}
