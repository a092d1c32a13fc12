package io.hydrascope.ui.imports;

import io.hydrascope.ingest.FilePreview;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected file's preview: detected format, how columns map onto fields, and the first rows. */
final class ImportPreviewPane extends VBox {
    private final Label format = new Label();
    private final Label mapping = new Label();
    private final TableView<FilePreview.Row> rows = new TableView<>();

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
        rows.setId("import-preview");
        Label empty = new Label("Add a file to see how it will be read.");
        empty.getStyleClass().add(Styles.EMPTY_NOTE);
        rows.setPlaceholder(empty);
        Label legend = new Label("First " + ImportViewModel.PREVIEW_ROWS + " records as they will be imported. "
                + "Status ✓: imported; otherwise the reason the row would be quarantined.");
        legend.getStyleClass().add(Styles.MUTED);
        legend.setWrapText(true);
        getChildren().addAll(heading, error, format, mapping, rows, legend);
        VBox.setVgrow(rows, Priority.ALWAYS);
        vm.previewProperty().addListener((o, a, b) -> show(b));
    }

    private void show(FilePreview p) {
        rows.getColumns().clear();
        rows.getItems().clear();
        if (p == null) {
            format.setText("");
            mapping.setText("");
            return;
        }
        format.setText("Detected format: " + p.formatLabel() + " — " + p.kind().dbValue() + ", "
                + TimeFormats.count(p.fileSize()) + " bytes");
        long mapped = p.mappings().stream().filter(m -> m.sourceColumn() != null).count();
        mapping.setText(mapped + " of " + p.mappings().size() + " fields found in the file"
                + (p.ignoredColumns().isEmpty() ? "" : "; columns not used: " + String.join(", ", p.ignoredColumns()))
                + ". Column headers show field ← file column.");
        TableColumn<FilePreview.Row, String> line = column("Line", r -> Long.toString(r.line()), 60);
        TableColumn<FilePreview.Row, String> status = column("Status", r -> r.accepted() ? "✓"
                : r.rejectedReason() + ": " + r.rejectedDetail(), 220);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                getStyleClass().remove(Styles.RISK_HIGH);
                if (!empty && value != null && !"✓".equals(value)) {
                    getStyleClass().add(Styles.RISK_HIGH);
                }
            }
        });
        rows.getColumns().add(line);
        rows.getColumns().add(status);
        List<FilePreview.FieldMapping> mappings = p.mappings();
        for (int i = 0; i < mappings.size(); i++) {
            FilePreview.FieldMapping m = mappings.get(i);
            int slot = i;
            String header = m.field() + (m.required() ? " *" : "") + "\n← " + (m.sourceColumn() == null ? "(none)"
                    : m.sourceColumn());
            rows.getColumns().add(column(header, r -> slot < r.values().size() && r.values().get(slot) != null
                    ? abbreviate(r.values().get(slot)) : "", m.field().equals("prompt") ? 260 : 110));
        }
        rows.getItems().setAll(p.rows());
    }

    private static String abbreviate(String v) {
        String one = v.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 119) + "…" : one;
    }

    private static TableColumn<FilePreview.Row, String> column(String title,
                                                               java.util.function.Function<FilePreview.Row, String> f,
                                                               double width) {
        TableColumn<FilePreview.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(false);
        return c;
    }
}
