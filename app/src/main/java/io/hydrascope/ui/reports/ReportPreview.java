package io.hydrascope.ui.reports;

import javafx.scene.Node;

/**
 * The preview area of the Export report dialog. The window uses a web view for HTML ({@link WebReportPreview});
 * dialog tests use the text-only {@link TextReportPreview}, so they read the preview as text and do not depend on
 * the web engine loading (the web view itself is tested on its own). FX thread only.
 */
public interface ReportPreview {
    Node node();

    /** Shows a preview, or clears the area when {@code preview} is null. */
    void show(ExportReportViewModel.Preview preview);
}
