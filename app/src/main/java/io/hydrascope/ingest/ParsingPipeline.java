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
 *
 * <p>Neither side can wait forever on the other: the reader thread hands over whatever ends it (the end of the file,
 * a {@link ReadStop}, or any {@link Throwable}, errors included), the caller notices a reader thread that died without
 * a word, and {@link #stop()} wakes a reader waiting for room in the queue.
 */
final class ParsingPipeline {
    private static final int BATCH_ROWS = 1024;
    private static final int QUEUE_BATCHES = 8;
    private static final long POLL_MILLIS = 100;

    /**
     * A batch of rows and how far into the file the reader was after it. {@code rows == null} ends the stream: at the
     * end of the file, where reading stopped early ({@code stop}), or with the reader's {@code failure}.
     */
    record Batch(List<ParsedRow> rows, long bytesRead, ReadStop stop, Throwable failure) {
        static Batch end(long bytesRead, ReadStop stop) {
            return new Batch(null, bytesRead, stop, null);
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
    /** What ended the reader thread, kept here too in case it could not be queued (out of memory). */
    private volatile Throwable failure;
    /** Line of the record last read, for messages about a failure (read after a hand-over or the thread's end). */
    private long lastLine;
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

    /**
     * The next batch; a batch whose rows are null ends the stream. Throws {@link ImportException} when the reader
     * thread failed, naming the file and the line it had reached.
     */
    Batch take() {
        try {
            while (true) {
                Batch batch = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (batch == null && !thread.isAlive()) {
                    batch = queue.poll(); // it may have handed over its last batch just before ending
                    if (batch == null) {
                        throw failed(failure);
                    }
                }
                if (batch != null) {
                    if (batch.failure() != null) {
                        throw failed(batch.failure());
                    }
                    return batch;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(file, "interrupted", e);
        }
    }

    private ImportException failed(Throwable cause) {
        if (cause instanceof ImportException e) {
            return e;
        }
        String where = lastLine > 0 ? "reading stopped at line " + lastLine + ": " : "";
        if (cause == null) {
            return new ImportException(file, where + "the parsing thread ended without a result", null);
        }
        String what = cause instanceof OutOfMemoryError ? "out of memory (" + cause.getMessage() + ")"
                : cause instanceof Error ? "parsing failed: " + cause
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new ImportException(file, where + what, cause);
    }

    /** Stops the reader thread and closes the file; safe to call more than once. */
    void stop() {
        stopped = true;
        queue.clear();
        if (thread != null) {
            thread.interrupt();
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
            ReadStop readStop = null;
            while (!stopped) {
                try {
                    if (!reader.next()) {
                        readStop = reader.stop();
                        break;
                    }
                } catch (IOException e) {
                    readStop = new ReadStop(lastLine + 1, "cannot read after line " + lastLine + ": "
                            + e.getMessage(), reader.bytesRead());
                    break;
                }
                lastLine = reader.line();
                if (seen++ < skipRecords) {
                    continue;
                }
                rows.add(markSuspect(validator.validate(reader)));
                if (rows.size() == BATCH_ROWS) {
                    put(new Batch(rows, reader.bytesRead(), null, null));
                    rows = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!rows.isEmpty()) {
                put(new Batch(rows, reader.bytesRead(), null, null));
            }
            if (!stopped && readStop == null) {
                sha256 = source.finishDigest();
            }
            put(Batch.end(reader.bytesRead(), readStop));
        } catch (IOException e) {
            fail(new ImportException(file, "cannot read: " + e.getMessage(), e));
        } catch (Throwable e) { // errors too: the writer must hear of them, not wait for a batch that never comes
            fail(e);
        }
    }

    private void fail(Throwable e) {
        try {
            lastLine = Math.max(lastLine, reader.line()); // the record being read when it failed
        } catch (RuntimeException ignored) {
            // keep the line of the last record read
        }
        failure = e;
        put(new Batch(null, 0, null, e));
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
            while (!stopped && !queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // the writer is busy; keep waiting unless the import was stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
