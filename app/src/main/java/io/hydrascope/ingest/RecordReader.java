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

    /** Where the current record starts: its line, or its index where {@link #location()} says so. */
    long line();

    /** Null when {@link #line()} is a plain line number; else where the record is, in words. */
    String location();

    /** Why the current record cannot be read as a row (wrong column count, invalid JSON), or null. */
    String problem();

    /** Detail of the problem, or null. */
    String problemDetail();

    /** Why the current record is deliberately not imported (counted as skipped), or null. */
    String skipReason();

    /** Slot values of the current record; empty source values are null. */
    String[] slots();

    /** The current record as text, for the quarantine table. */
    String raw();

    /** Bytes of the underlying file consumed so far (compressed bytes for .gz), for progress. */
    long bytesRead();

    /** Why reading stopped before the end of the file, once {@link #next()} returned false; else null. */
    ReadStop stop();

    /** What the import should report besides counts (fields not available, notes), once read to the end. */
    List<String> notes();
}
