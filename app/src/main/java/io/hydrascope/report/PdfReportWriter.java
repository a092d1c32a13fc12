package io.hydrascope.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The report as PDF, rendered by openhtmltopdf from the same XHTML as the HTML report: A4 pages numbered
 * "Page n of m", a table of contents with page numbers, PDF bookmarks, pictures as embedded PNG. Logged text
 * stays text (escaped in the XHTML). Fonts are DejaVu, embedded, so the file looks the same everywhere and covers
 * Latin, Greek and Cyrillic text; characters outside them show as replacement marks. Nothing outside the document
 * is loaded: only {@code data:} URIs are allowed.
 */
public final class PdfReportWriter implements ReportWriter {
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    /**
     * PDFBox warns about substitutes for its standard fonts, which reports never use (every text is DejaVu), and
     * openhtmltopdf logs timings at INFO: neither is for the user. Held here so the logger keeps its level.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger(
            "org.apache.pdfbox.pdmodel.font");

    static {
        PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Override
    public void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        String xhtml = ReportTemplate.render(HtmlView.of(model, new Pictures(Pictures.Kind.PNG), true, progress,
                cancel), true);
        cancel.throwIfCancelled();
        progress.progress(0, -1, "laying out PDF pages");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withDiagnosticConsumer(diagnostic -> { }); // layout notes are not the user's business
        builder.withHtmlContent(xhtml, null);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL);
        builder.withProducer(model.generator());
        builder.useReplacementText("\uFFFD");
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled font " + file);
        }
        return in;
    }
}
