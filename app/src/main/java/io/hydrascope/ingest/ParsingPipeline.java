package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and validates records on a helper thread while the caller writes, handing over batches through a bounded
 * queue (so memory stays flat whatever the file size). The first {@code skipRecords} records, already committed by
 * an interrupted earlier run, are read but not handed over.
 */
final class ParsingPipeline {
    private static final int BATCH_ROWS = 1024;
    private static final int QUEUE_BATCHES = 8;

    /** A batch of rows and how far into the file the reader was after it; {@code rows == null} ends the stream. */
    record Batch(List<ParsedRow> rows, long bytesRead, RuntimeException failure) {
        boolean isEnd() {
            if (failure != null) {
                throw failure;
            }
            return rows == null;
        }
    }

    private final RecordReader reader;
    private final SourceFiles.Source source;
    private final RequestIdFilter seenIds;
    private final RowValidator validator;
    private final long skipRecords;
    private final Path file;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private volatile boolean stopped;
    private volatile String sha256;
    private Thread thread;

    /** @param seenIds filter of request ids seen, or null when the case's unique index deduplicates directly */
    ParsingPipeline(SourceFiles.Source source, RequestIdFilter seenIds, RowValidator validator, long skipRecords,
                    Path file) {
        this.source = source;
        this.reader = source.reader();
        this.seenIds = seenIds;
        this.validator = validator;
        this.skipRecords = skipRecords;
        this.file = file;
    }

    void start() {
        thread = new Thread(this::run, "hydrascope-parse");
        thread.setDaemon(true);
        thread.start();
    }

    Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(file, "interrupted", e);
        }
    }

    /** Stops the reader thread and closes the file; safe to call more than once. */
    void stop() {
        stopped = true;
        queue.clear();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            source.close();
        } catch (IOException ignored) {
            // the import has ended either way
        }
    }

    private void run() {
        try {
            long seen = 0;
            List<ParsedRow> rows = new ArrayList<>(BATCH_ROWS);
            while (!stopped && reader.next()) {
                if (seen++ < skipRecords) {
                    continue;
                }
                rows.add(markSuspect(validator.validate(reader)));
                if (rows.size() == BATCH_ROWS) {
                    put(new Batch(rows, reader.bytesRead(), null));
                    rows = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!rows.isEmpty()) {
                put(new Batch(rows, reader.bytesRead(), null));
            }
            if (!stopped) {
                sha256 = source.finishDigest();
            }
            put(new Batch(null, reader.bytesRead(), null));
        } catch (IOException e) {
            put(new Batch(null, 0, new ImportException(file, "cannot read: " + e.getMessage(), e)));
        } catch (RuntimeException e) {
            put(new Batch(null, 0, e));
        }
    }

    /** SHA-256 of the whole file once it was read to its end (null if it was not, or was known before). */
    String sha256() {
        return sha256;
    }

    private ParsedRow markSuspect(ParsedRow row) {
        if (seenIds != null && row instanceof ParsedRow.ValidInteraction v && seenIds.addAndCheck(v.requestKey())) {
            return new ParsedRow.ValidInteraction(v.interaction(), v.requestKey(), v.line(), v.flags(), true);
        }
        return row;
    }

    private void put(Batch batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy; keep waiting unless the import was stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
