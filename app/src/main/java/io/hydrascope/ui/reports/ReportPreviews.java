package io.hydrascope.ui.reports;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.ReportFormat;
import io.hydrascope.report.ReportScope;
import io.hydrascope.report.ReportService;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.reports.ExportReportViewModel.Preview;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Export dialog's preview: rendered on a reader thread shortly after the last change (an older one is dropped),
 * HTML for HTML and PDF (built once for both), read-only text for the rest. FX thread only.
 */
final class ReportPreviews {
    /** Characters of a text preview; the file always holds everything. */
    static final int PREVIEW_CHARS = 200_000;
    private static final long DELAY_MILLIS = 250;

    private final QuerySlot slot;
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "previewStatus", "");
    private Preview lastHtml;
    private List<Object> lastHtmlKey;

    ReportPreviews(QuerySlot slot) {
        this.slot = slot;
    }

    /**
     * Shows the report of {@code scope} in {@code format}; {@code key} names everything the content depends on
     * (scope, data version, title, author), so HTML built for the same key is shown again for PDF without work.
     */
    void show(ReportScope scope, ReportFormat format, ReportService service, List<Object> key) {
        Preview html = lastHtml;
        if (format.hasPictures() && html != null && key.equals(lastHtmlKey)) {
            slot.cancel();
            set(new Preview(true, html.content(), pdfNote(format)));
            return;
        }
        status.set("Preparing the preview…");
        slot.run(DELAY_MILLIS, (open, p, cancel) -> render(service, open, scope, format, p, cancel), shown -> {
            if (shown.html()) {
                lastHtml = shown;
                lastHtmlKey = key;
            }
            set(shown);
        }, e -> {
            preview.set(null);
            status.set("No preview: " + DialogService.describe(e));
        });
    }

    /** Nothing to show (the scope is incomplete). */
    void clear() {
        slot.cancel();
        preview.set(null);
        status.set("");
    }

    void cancel() {
        slot.cancel();
    }

    private void set(Preview shown) {
        preview.set(shown);
        status.set(shown.note());
    }

    private static Preview render(ReportService reports, OpenCase open, ReportScope scope, ReportFormat f,
                                  ProgressListener p, CancellationToken cancel) {
        if (f.hasPictures()) {
            return new Preview(true, reports.htmlPreview(open.reader(), scope, p, cancel), pdfNote(f));
        }
        byte[] bytes = reports.render(reports.build(open.reader(), scope, false, p, cancel), f, p, cancel);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean cut = text.length() > PREVIEW_CHARS;
        return new Preview(false, cut ? text.substring(0, PREVIEW_CHARS) : text, cut
                ? "Preview shows the first " + TimeFormats.count(PREVIEW_CHARS) + " of "
                + TimeFormats.count(text.length()) + " characters; the file holds everything." : "");
    }

    private static String pdfNote(ReportFormat f) {
        return f == ReportFormat.PDF ? "The PDF is printed from this content, with page numbers and a table of "
                + "contents." : "";
    }

    ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return slot.loadingProperty();
    }
}
