package io.hydrascope.ui.imports;

import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ui.core.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * First records of a file as the import would take them: line, outcome (✓, or the reason it would be quarantined
 * or skipped) and the value of each field the format fills. Logged text is shown as plain cell text, one line, cut.
 */
final class PreviewRowsTable extends TableView<ImportPreview.Row> {
    static final String OK = "✓";

    PreviewRowsTable(String id, String placeholder) {
        setId(id);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add(Styles.EMPTY_NOTE);
        empty.setWrapText(true);
        setPlaceholder(empty);
    }

    void show(ImportPreview p) {
        getColumns().clear();
        getItems().clear();
        if (p == null || p.kind() == null) {
            return;
        }
        getColumns().add(column("Line", r -> r.location() != null ? r.location() : Long.toString(r.line()), 60));
        TableColumn<ImportPreview.Row, String> status = column("Status", PreviewRowsTable::status, 340);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                getStyleClass().remove(Styles.RISK_HIGH);
                if (!empty && value != null && !OK.equals(value)) {
                    getStyleClass().add(Styles.RISK_HIGH);
                }
            }
        });
        getColumns().add(status);
        for (String field : p.fields()) {
            if (!p.unavailable().contains(field)) {
                getColumns().add(column(field, r -> abbreviate(r.values().get(field)),
                        field.equals("prompt") ? 260 : 110));
            }
        }
        getItems().setAll(p.rows());
    }

    static String status(ImportPreview.Row r) {
        return switch (r.outcome()) {
            case IMPORTED -> OK;
            case QUARANTINED -> r.reason() + (r.detail() == null ? "" : ": " + r.detail());
            case SKIPPED -> "skipped: " + r.reason();
        };
    }

    static String abbreviate(String v) {
        if (v == null) {
            return "";
        }
        String one = v.replace('\n', ' ').replace('\r', ' ');
        return one.length() > 120 ? one.substring(0, 119) + "…" : one;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> f, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(false);
        return c;
    }
}
