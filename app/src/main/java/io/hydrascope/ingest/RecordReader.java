package io.hydrascope.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the records of one source file as canonical slots of a {@link SourceFormat}. One record at a time; the
 * slot array is reused between records, so callers copy what they keep. Not thread-safe.
 */
public interface RecordReader extends Closeable {
    /** The column names or keys found in the file, as written there. */
    List<String> columns();

    /** Advances to the next record; false at the end of the file. */
    boolean next() throws IOException;

    /** Line number (1-based) where the current record starts. */
    long line();

    /** Why the current record cannot be read as a row (wrong column count, invalid JSON), or null. */
    String problem();

    /** Detail of the problem, or null. */
    String problemDetail();

    /** Slot values of the current record; empty source values are null. */
    String[] slots();

    /** The current record as text, for the quarantine table. */
    String raw();

    /** Bytes of the underlying file consumed so far (compressed bytes for .gz), for progress. */
    long bytesRead();
}
