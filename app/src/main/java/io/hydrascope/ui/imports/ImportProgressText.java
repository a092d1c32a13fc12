package io.hydrascope.ui.imports;

import io.hydrascope.model.ProgressListener;
import io.hydrascope.ui.core.TimeFormats;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Turns an import's progress (bytes of the file, rows so far) into what the dialog shows: rows, rows per second and
 * time left, and passes it on as the progress message. Called on the writer thread only.
 */
final class ImportProgressText implements ProgressListener {
    private final ProgressListener downstream;
    private final LongSupplier nanoClock;
    private final String prefix;
    private final long started;
    private long rows;

    ImportProgressText(ProgressListener downstream, String prefix, LongSupplier nanoClock) {
        this.downstream = downstream;
        this.prefix = prefix;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    @Override
    public void rowsDone(long rowsSoFar) {
        this.rows = rowsSoFar;
    }

    @Override
    public void progress(long done, long total, String message) {
        downstream.progress(done, total, describe(done, total, message));
    }

    String describe(long done, long total, String message) {
        double seconds = Math.max(1e-3, (nanoClock.getAsLong() - started) / 1e9);
        StringBuilder text = new StringBuilder(prefix).append(message);
        if (rows > 0) {
            text.append(" · ").append(TimeFormats.count(rows)).append(" rows · ")
                    .append(String.format(Locale.ROOT, "%,.0f", rows / seconds)).append(" rows/s");
        }
        if (total > 0 && done > 0 && done < total && seconds >= 1) {
            long left = Math.round((total - done) / (done / seconds));
            text.append(" · ").append(TimeFormats.clock(left)).append(" left");
        }
        return text.toString();
    }
}
