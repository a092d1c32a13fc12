package io.hydrascope.ui.imports;

import io.hydrascope.model.ProgressListener;
import io.hydrascope.ui.core.TimeFormats;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Turns the progress of one file of an import batch (bytes of the file, rows so far) into what the dialog shows:
 * the share of the batch's bytes read, for a determinate bar, and a message with the bytes, rows, rows per second and
 * the time left for the whole batch. Called on the writer thread only; the task runner throttles what reaches the
 * window.
 */
final class ImportProgressText implements ProgressListener {
    private final ProgressListener downstream;
    private final LongSupplier nanoClock;
    private final String prefix;
    private final long fileStarted;
    private final long batchStarted;
    private final long bytesBefore;
    private final long bytesAll;
    private long rows;

    /**
     * @param prefix       put before every message ("file 2 of 3 · ")
     * @param batchStarted when the batch's first file started, on {@code nanoClock}
     * @param bytesBefore  bytes of the batch's files before this one
     * @param bytesAll     bytes of all the batch's files
     */
    ImportProgressText(ProgressListener downstream, String prefix, LongSupplier nanoClock, long batchStarted,
                       long bytesBefore, long bytesAll) {
        this.downstream = downstream;
        this.prefix = prefix;
        this.nanoClock = nanoClock;
        this.fileStarted = nanoClock.getAsLong();
        this.batchStarted = batchStarted;
        this.bytesBefore = bytesBefore;
        this.bytesAll = bytesAll;
    }

    /** One file on its own. */
    ImportProgressText(ProgressListener downstream, String prefix, LongSupplier nanoClock, long fileBytes) {
        this(downstream, prefix, nanoClock, nanoClock.getAsLong(), 0, fileBytes);
    }

    @Override
    public void rowsDone(long rowsSoFar) {
        this.rows = rowsSoFar;
    }

    /** {@code done} and {@code total} are bytes of this file (total -1 when its size is unknown). */
    @Override
    public void progress(long done, long total, String message) {
        long batchDone = batchDone(done, total);
        downstream.progress(bytesAll > 0 ? batchDone : -1, bytesAll > 0 ? bytesAll : -1,
                describe(done, total, message));
    }

    private long batchDone(long done, long total) {
        long inFile = total > 0 ? Math.max(0, Math.min(done, total)) : 0;
        return Math.min(bytesAll, bytesBefore + inFile);
    }

    String describe(long done, long total, String message) {
        long now = nanoClock.getAsLong();
        double fileSeconds = Math.max(1e-3, (now - fileStarted) / 1e9);
        double batchSeconds = Math.max(1e-3, (now - batchStarted) / 1e9);
        StringBuilder text = new StringBuilder(prefix).append(message);
        if (total > 0 && done > 0) {
            text.append(" · ").append(bytes(Math.min(done, total), total));
        }
        if (rows > 0) {
            text.append(" · ").append(TimeFormats.count(rows)).append(" rows · ")
                    .append(String.format(Locale.ROOT, "%,.0f", rows / fileSeconds)).append(" rows/s");
        }
        long batchDone = batchDone(done, total);
        if (bytesAll > 0 && batchDone > 0 && batchDone < bytesAll && batchSeconds >= 1) {
            long left = Math.round((bytesAll - batchDone) / (batchDone / batchSeconds));
            text.append(" · about ").append(TimeFormats.clock(left)).append(" left");
        }
        return text.toString();
    }

    /** "41.2 of 72.1 MB", "310 of 900 KB". */
    static String bytes(long done, long total) {
        if (total >= 1 << 20) {
            return String.format(Locale.ROOT, "%,.1f of %,.1f MB", done / 1048576.0, total / 1048576.0);
        }
        return String.format(Locale.ROOT, "%,d of %,d KB", (done + 1023) / 1024, (total + 1023) / 1024);
    }
}
