package io.hydrascope.ui.reports;

import javafx.scene.Node;

/**
 * The preview area of the Export report dialog. The window uses a web view for HTML ({@link WebReportPreview});
 * headless tests, where no web engine runs, use the text-only {@link TextReportPreview}. FX thread only.
 */
public interface ReportPreview {
    Node node();

    /** Shows a preview, or clears the area when {@code preview} is null. */
    void show(ExportReportViewModel.Preview preview);
}
