package io.hydrascope.ui.reports;

import io.hydrascope.ui.core.Styles;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** Shows every preview as read-only text (HTML as its source). Used for the text formats and in headless tests. */
public final class TextReportPreview implements ReportPreview {
    private final TextArea text = new TextArea();

    public TextReportPreview() {
        text.setId("report-preview-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.MONO);
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public void show(ExportReportViewModel.Preview preview) {
        text.setText(preview == null ? "" : preview.content());
        text.positionCaret(0);
        text.setScrollTop(0);
    }
}
