package io.hydrascope.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the records of one source file by field name, one at a time, before mapping. Implemented for CSV, JSON
 * Lines and JSON documents here, and by nested formats (spans inside OTLP batches, messages inside conversations).
 * Not thread-safe: one parsing thread reads it.
 */
public interface RecordSource extends Closeable {
    /** The column names or keys of the first record, as written in the file. */
    List<String> columns();

    /** Advances to the next record; false at the end. */
    boolean next() throws IOException;

    /** The current record, or null when {@link #problem()} says why it cannot be read. */
    SourceRecord record();

    /**
     * Where the current record starts: its 1-based line, or its 1-based index among the file's records when
     * {@link #location()} says lines do not apply.
     */
    long line();

    /**
     * Null when {@link #line()} is the line the record starts on and that is all there is to say; otherwise where the
     * record is, in words (e.g. "record 12 (user message 3 of conversation ab12)"), for the quarantine detail.
     */
    String location();

    /** Why the current record cannot be read (malformed CSV, invalid JSON), or null. */
    String problem();

    /** Detail of the problem, or null. */
    String problemDetail();

    /** The current record as text, for the quarantine table. */
    String raw();

    /** Bytes of the underlying file consumed so far (compressed bytes for .gz), for progress. */
    long bytesRead();

    /**
     * Why reading stopped before the end of the file, once {@link #next()} returned false; null when the file was read
     * to its end.
     */
    default ReadStop stop() {
        return null;
    }

    /** What the source noticed about the file as a whole (read once it was read to its end); usually nothing. */
    default List<String> notes() {
        return List.of();
    }
}
