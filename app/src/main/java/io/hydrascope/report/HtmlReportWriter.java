package io.hydrascope.report;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The report as one self-contained HTML file: styles inline, charts and pictures embedded as SVG {@code data:}
 * URIs, and a content security policy that forbids loading anything, so it reads the same without network access
 * and no logged text can run. Printable (each chapter starts a page).
 */
public final class HtmlReportWriter implements ReportWriter {
    @Override
    public void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        out.write(render(model, progress, cancel).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The HTML text, for a preview pane. */
    public String render(ReportModel model, ProgressListener progress, CancellationToken cancel) {
        return ReportTemplate.render(HtmlView.of(model, new Pictures(Pictures.Kind.SVG), false, progress, cancel),
                false);
    }
}
