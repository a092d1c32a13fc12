package io.hydrascope.ui.imports;

import io.hydrascope.model.QuarantinedRow;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The import report: per file counts that add up, quarantine reasons with counts, the first quarantined rows. */
final class ImportReportPane extends VBox {
    ImportReportPane(ImportViewModel vm) {
        super(8);
        setPadding(new Insets(6));
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.SECTION_TITLE);
        summary.setWrapText(true);

        TableView<FileOutcome> files = new TableView<>(vm.outcomes());
        files.setId("import-outcomes");
        files.getColumns().add(col("File", FileOutcome::fileName, 180));
        files.getColumns().add(col("Format", FileOutcome::format, 190));
        files.getColumns().add(num("Read", o -> o.counts() == null ? "" : TimeFormats.count(o.counts().rowsRead())));
        files.getColumns().add(num("Imported", o -> o.counts() == null ? ""
                : TimeFormats.count(o.counts().imported())));
        files.getColumns().add(num("Quarantined", o -> o.counts() == null ? ""
                : TimeFormats.count(o.counts().quarantined())));
        files.getColumns().add(num("Duplicates", o -> o.counts() == null ? ""
                : TimeFormats.count(o.counts().duplicates())));
        files.getColumns().add(num("Skipped", o -> o.counts() == null ? "" : TimeFormats.count(o.counts().skipped())));
        files.getColumns().add(col("Result", FileOutcome::result, 260));
        files.setPrefHeight(130);
        files.setMinHeight(100);

        TableView<Map.Entry<String, Long>> reasons = new TableView<>(vm.reasons());
        reasons.setId("import-reasons");
        reasons.getColumns().add(col("Quarantine reason", Map.Entry::getKey, 170));
        reasons.getColumns().add(num("Rows", e -> TimeFormats.count(e.getValue())));
        reasons.setPlaceholder(new Label("Nothing quarantined"));
        reasons.setPrefWidth(300);
        reasons.setMinWidth(300);

        TableView<QuarantinedRow> rows = new TableView<>(vm.quarantined());
        rows.setId("import-quarantined");
        rows.getColumns().add(col("File", QuarantinedRow::fileName, 150));
        rows.getColumns().add(num("Line", r -> Long.toString(r.line())));
        rows.getColumns().add(col("Reason", QuarantinedRow::reason, 170));
        rows.getColumns().add(col("Detail", QuarantinedRow::detail, 260));
        rows.getColumns().add(col("Raw record", r -> r.raw() == null ? "" : r.raw().replace('\n', ' '), 400));
        rows.setPlaceholder(new Label("Nothing quarantined"));
        Label rowsTitle = new Label("Quarantined rows (first " + ImportViewModel.QUARANTINE_ROWS + "; all of them: "
                + "hydrascope quarantine)");
        rowsTitle.getStyleClass().add(Styles.MUTED);
        VBox rowsBox = new VBox(4, rowsTitle, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        HBox lower = new HBox(8, reasons, rowsBox);
        HBox.setHgrow(rowsBox, Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        getChildren().addAll(summary, files, lower);
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // the table scrolls sideways rather than cutting headers
        return c;
    }

    private static <T> TableColumn<T, String> num(String title, Function<T, String> f) {
        TableColumn<T, String> c = col(title, f, 112);
        c.getStyleClass().add(Styles.NUMERIC);
        return c;
    }
}
