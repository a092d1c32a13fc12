package io.hydrascope.ui.graph;

import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The full list beside the graph: every cluster (overview) or every member of the cluster (drill-down), including
 * those a capped picture leaves out, with risk, flag, size and links. Column titles follow the mode.
 */
final class GraphMemberTable extends TableView<GraphRow> {
    private final TableColumn<GraphRow, String> name = column("Account", GraphRow::name);
    private final TableColumn<GraphRow, String> size = column("Interactions", r -> TimeFormats.count(r.size()));
    private final TableColumn<GraphRow, String> links = column("Keys", r -> TimeFormats.count(r.links()));

    GraphMemberTable(ObservableList<GraphRow> rows) {
        super(rows);
        setId("graph-members");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<GraphRow, String> risk = column("Risk", r -> String.format(Locale.ROOT, "%.2f%s", r.risk(),
                r.flagged() ? " ⚑" : ""));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().remove(Styles.RISK_HIGH);
                GraphRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : value);
                if (row != null && row.flagged()) {
                    getStyleClass().add(Styles.RISK_HIGH);
                }
            }
        });
        risk.setPrefWidth(64);
        risk.setMinWidth(60);
        name.setPrefWidth(150);
        name.setMinWidth(90);
        size.setPrefWidth(112);
        size.setMinWidth(112);
        size.getStyleClass().add(Styles.NUMERIC);
        links.setMinWidth(60);
        links.getStyleClass().add(Styles.NUMERIC);
        TableColumn<GraphRow, String> drawn = column("Drawn", r -> r.shown() ? "yes" : "no");
        drawn.setMinWidth(60);
        getColumns().add(risk);
        getColumns().add(name);
        getColumns().add(size);
        getColumns().add(links);
        getColumns().add(drawn);
    }

    void showMode(GraphMode mode) {
        boolean overview = mode == GraphMode.OVERVIEW;
        name.setText(overview ? "Network" : "Account");
        size.setText(overview ? "Accounts" : "Interactions");
        links.setText(overview ? "Links" : "Keys");
    }

    private static TableColumn<GraphRow, String> column(String title, Function<GraphRow, String> value) {
        TableColumn<GraphRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }
}
