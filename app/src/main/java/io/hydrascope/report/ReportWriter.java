package io.hydrascope.report;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Renders a {@link ReportModel} in one format. Writers are stateless and may run on any worker thread. */
public interface ReportWriter {
    void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException;

    /** The rendered report in memory (for previews and tests). */
    default byte[] toBytes(ReportModel model, ProgressListener progress, CancellationToken cancel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(model, out, progress, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    default byte[] toBytes(ReportModel model) {
        return toBytes(model, ProgressListener.NONE, new CancellationToken());
    }
}
