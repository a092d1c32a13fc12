package io.hydrascope.ui.imports;

import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ui.core.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected file's preview when its format is recognised: the format, fields it cannot fill, the first rows. */
final class ImportPreviewPane extends VBox {
    private final Label format = new Label();
    private final Label mapping = new Label();
    private final PreviewRowsTable rows = new PreviewRowsTable("import-preview",
            "Add a file to see how it will be read.");

    ImportPreviewPane(ImportViewModel vm) {
        super(6);
        setPadding(new Insets(6));
        Label heading = new Label("Preview");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label error = new Label();
        error.textProperty().bind(vm.previewErrorProperty());
        error.getStyleClass().add(Styles.ERROR_NOTE);
        error.setWrapText(true);
        error.visibleProperty().bind(vm.previewErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        format.setId("import-format");
        format.setWrapText(true);
        mapping.setWrapText(true);
        mapping.getStyleClass().add(Styles.MUTED);
        Label legend = new Label("First " + ImportViewModel.PREVIEW_ROWS + " records as they will be imported. "
                + "Status ✓: imported; otherwise the reason the row would be quarantined or skipped.");
        legend.getStyleClass().add(Styles.MUTED);
        legend.setWrapText(true);
        getChildren().addAll(heading, error, format, mapping, rows, legend);
        VBox.setVgrow(rows, Priority.ALWAYS);
        vm.previewProperty().addListener((o, a, b) -> show(b));
    }

    private void show(ImportPreview p) {
        boolean recognised = p != null && p.recognised();
        rows.show(recognised ? p : null);
        if (!recognised) {
            format.setText("");
            mapping.setText("");
            return;
        }
        format.setText("Detected format: " + p.format() + " — " + p.kind().dbValue() + " (" + p.container() + ")");
        mapping.setText(p.unavailable().isEmpty() ? "Every field is filled from the file."
                : "Fields this format does not fill: " + String.join(", ", p.unavailable()) + ".");
    }
}
