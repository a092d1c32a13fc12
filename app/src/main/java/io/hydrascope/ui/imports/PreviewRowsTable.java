package io.hydrascope.ui.imports;

import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ui.core.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * First records of a file as the import would take them: line (or record number, with its location as a tooltip),
 * outcome (✓, or the reason it would be quarantined or skipped) and the value of each field the format fills. Each
 * column is as wide as its longest value, up to a limit (ids and times show whole, a long prompt is cut). Logged
 * text is shown as plain cell text, one line, cut.
 */
final class PreviewRowsTable extends TableView<ImportPreview.Row> {
    static final String OK = "✓";
    static final double MIN_WIDTH = 48;
    /** The theme's font size (workbench.css). */
    private static final double FONT_SIZE = 13;
    /** Cell insets and the column's borders, with a little room to spare. */
    private static final double CELL_PADDING = 22;

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
        List<ImportPreview.Row> rows = p.rows();
        // JSON documents have no lines: the column holds the record's number, its full location is the tooltip
        boolean records = rows.stream().anyMatch(r -> r.location() != null);
        TableColumn<ImportPreview.Row, String> line = column(records ? "Record" : "Line",
                r -> Long.toString(r.line()), 0);
        line.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                ImportPreview.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || row.location() == null ? null : new Tooltip(row.location()));
            }
        });
        getColumns().add(line);
        TableColumn<ImportPreview.Row, String> status = column("Status", PreviewRowsTable::status, 0);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null || OK.equals(value) ? null : new Tooltip(value));
                getStyleClass().remove(Styles.RISK_HIGH);
                if (!empty && value != null && !OK.equals(value)) {
                    getStyleClass().add(Styles.RISK_HIGH);
                }
            }
        });
        getColumns().add(status);
        for (String field : p.fields()) {
            if (!p.unavailable().contains(field)) {
                getColumns().add(column(field, r -> abbreviate(r.values().get(field)), 0));
            }
        }
        for (TableColumn<ImportPreview.Row, ?> c : getColumns()) {
            @SuppressWarnings("unchecked")
            TableColumn<ImportPreview.Row, String> text = (TableColumn<ImportPreview.Row, String>) c;
            double width = fittingWidth(c.getText(), rows.stream().map(r -> text.getCellValueFactory()
                    .call(new TableColumn.CellDataFeatures<>(this, text, r)).getValue()).toList(),
                    maxWidth(c.getText()));
            c.setPrefWidth(width);
            c.setMinWidth(Math.min(width, MIN_WIDTH));
        }
        getItems().setAll(rows);
    }

    /** Prompts get the most room; ids and times are short and must show whole; everything else is cut past this. */
    private static double maxWidth(String column) {
        return switch (column) {
            case "prompt" -> 420;
            case "request_id", "conversation_id" -> 600; // exports join ids ("conversation/message"): the end differs
            case "Status" -> 300;
            default -> 340;
        };
    }

    /**
     * The width that shows the header and the longest value whole (in the table's font, a quarantine reason in bold),
     * between {@link #MIN_WIDTH} and {@code max}.
     */
    static double fittingWidth(String header, List<String> values, double max) {
        double widest = textWidth(header, true);
        for (String v : values) {
            widest = Math.max(widest, textWidth(v, true));
        }
        return Math.max(MIN_WIDTH, Math.min(max, Math.ceil(widest) + CELL_PADDING));
    }

    private static double textWidth(String s, boolean bold) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text text = new Text(s);
        text.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE));
        return text.getLayoutBounds().getWidth();
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

    /** A text column; a {@code width} of 0 leaves the width to the caller. */
    static <R> TableColumn<R, String> column(String title, Function<R, String> f, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        if (width > 0) {
            c.setPrefWidth(width);
            c.setMinWidth(Math.min(width, 60));
        }
        c.setSortable(false);
        return c;
    }
}
