package io.hydrascope.ui.timeline;

import io.hydrascope.model.TimeRange;
import io.hydrascope.model.UsageSpan;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * IPs or user agents of one account in order of first use; a bar per row shows when it was used within the
 * account's active period, so rotations and switches read at a glance.
 */
final class UsageTable extends TableView<UsageSpan> {
    private static final double BAR_WIDTH = 140;

    UsageTable(String valueTitle, ObservableList<UsageSpan> rows, WorkspaceState workspace,
               Supplier<TimeRange> bounds) {
        super(rows);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<UsageSpan, UsageSpan> when = new TableColumn<>("When (active period)");
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        when.setCellFactory(c -> new SpanCell(bounds));
        when.setPrefWidth(BAR_WIDTH + 20);
        when.setMinWidth(BAR_WIDTH + 20);
        when.setSortable(false);
        TableColumn<UsageSpan, String> first = text("First used", 150,
                s -> TimeFormats.dateTime(s.firstMicros(), workspace.zone()));
        TableColumn<UsageSpan, String> last = text("Last used", 150,
                s -> TimeFormats.dateTime(s.lastMicros(), workspace.zone()));
        TableColumn<UsageSpan, String> count = text("Interactions", 90, s -> TimeFormats.count(s.interactions()));
        count.getStyleClass().add(Styles.NUMERIC);
        TableColumn<UsageSpan, String> value = text(valueTitle, 200, s -> s.value().isEmpty() ? "(none)" : s.value());
        getColumns().add(when);
        getColumns().add(first);
        getColumns().add(last);
        getColumns().add(count);
        getColumns().add(value);
        workspace.zoneProperty().addListener((o, a, b) -> refresh());
    }

    private static TableColumn<UsageSpan, String> text(String title, double width,
                                                       java.util.function.Function<UsageSpan, String> f) {
        TableColumn<UsageSpan, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        return col;
    }

    /** A grey track for the account's active period with a blue bar for this value's first to last use. */
    private static final class SpanCell extends TableCell<UsageSpan, UsageSpan> {
        private final Supplier<TimeRange> bounds;

        SpanCell(Supplier<TimeRange> bounds) {
            this.bounds = bounds;
        }

        @Override
        protected void updateItem(UsageSpan span, boolean empty) {
            super.updateItem(span, empty);
            TimeRange b = bounds.get();
            if (empty || span == null || b == null) {
                setGraphic(null);
                return;
            }
            double x0 = (span.firstMicros() - b.fromMicros()) / (double) b.spanMicros() * BAR_WIDTH;
            double x1 = (span.lastMicros() - b.fromMicros()) / (double) b.spanMicros() * BAR_WIDTH;
            Rectangle track = new Rectangle(0, 4, BAR_WIDTH, 8);
            track.setFill(Color.web("#e3e6ea"));
            Rectangle bar = new Rectangle(x0, 4, Math.max(2, x1 - x0), 8);
            bar.setFill(Color.web("#1f5fa8"));
            setGraphic(new Pane(track, bar));
        }
    }
}
