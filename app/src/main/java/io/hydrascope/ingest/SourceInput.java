package io.hydrascope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** An opened source file handed to a {@link FormatImporter}: its decoded text, its shape and a byte counter. */
public final class SourceInput {
    private final Path file;
    private final BufferedReader text;
    private final CountingInputStream counter;
    private final SourceShape shape;
    private final long maxRecordBytes;

    SourceInput(Path file, BufferedReader text, CountingInputStream counter, SourceShape shape) {
        this(file, text, counter, shape, ImportOptions.DEFAULT_MAX_RECORD_BYTES);
    }

    SourceInput(Path file, BufferedReader text, CountingInputStream counter, SourceShape shape,
                long maxRecordBytes) {
        this.file = file;
        this.text = text;
        this.counter = counter;
        this.shape = shape;
        this.maxRecordBytes = maxRecordBytes;
    }

    public Path file() {
        return file;
    }

    /** The file as text (gzip, byte-order mark and invalid UTF-8 already dealt with). */
    public BufferedReader text() {
        return text;
    }

    public SourceShape shape() {
        return shape;
    }

    /** The largest record to read (see {@link ImportOptions#maxRecordBytes()}). */
    public long maxRecordBytes() {
        return maxRecordBytes;
    }

    /** Bytes of the file read so far, for progress. */
    public long bytesRead() {
        return counter.count();
    }

    /**
     * The records as they are: CSV rows, JSON Lines objects, or the objects of a JSON array or document, each bounded
     * by {@link #maxRecordBytes()}.
     */
    public RecordSource flatRecords() throws IOException {
        return switch (shape.container()) {
            case CSV -> new CsvRecordSource(text, counter, maxRecordBytes);
            case JSON_LINES -> new JsonLinesRecordSource(text, counter, maxRecordBytes);
            case JSON_ARRAY, JSON_DOCUMENT -> new JsonStreamRecordSource(new JsonElementStream(text,
                    shape.container() == SourceShape.Container.JSON_ARRAY, maxRecordBytes), counter);
        };
    }
}
