package io.hydrascope.ui.overview;

import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.analysis.SignalSummary;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.TagMenu;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;

/** Clusters of the latest analysis, highest risk first, with their headline signals (all of them on hover). */
final class ClusterTable extends TableView<ClusterSummary> {
    ClusterTable(ObservableList<ClusterSummary> clusters, Consumer<ClusterSummary> open, AnnotationActions actions) {
        super(clusters);
        setId("cluster-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClusterSummary, Double> risk = new TableColumn<>("Risk");
        risk.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().risk()));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().remove(Styles.RISK_HIGH);
                ClusterSummary row = empty ? null : getTableRow().getItem();
                setText(empty || value == null ? null : String.format(Locale.ROOT, "%.2f%s", value,
                        row != null && row.flagged() ? " ⚑" : ""));
                if (row != null && row.flagged()) {
                    getStyleClass().add(Styles.RISK_HIGH);
                }
            }
        });
        risk.setPrefWidth(70);
        risk.setMinWidth(60);
        risk.setMaxWidth(90);
        TableColumn<ClusterSummary, String> label = text("Network", c -> c.label());
        label.setPrefWidth(130);
        label.setMinWidth(90);
        label.setMaxWidth(180);
        TableColumn<ClusterSummary, String> accounts = text("Accounts", c -> TimeFormats.count(c.accounts()));
        accounts.setPrefWidth(90);
        accounts.setMinWidth(90);
        accounts.setMaxWidth(110);
        TableColumn<ClusterSummary, String> interactions = text("Interactions",
                c -> TimeFormats.count(c.interactions()));
        interactions.setPrefWidth(112);
        interactions.setMinWidth(112);
        interactions.setMaxWidth(130);
        TableColumn<ClusterSummary, ClusterSummary> signals = new TableColumn<>("Headline signals");
        signals.setId("headline-signals");
        signals.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        signals.setCellFactory(c -> new HeadlineCell());
        signals.setPrefWidth(300);
        signals.setMinWidth(150);
        getColumns().add(risk);
        getColumns().add(label);
        getColumns().add(accounts);
        getColumns().add(interactions);
        TableColumn<ClusterSummary, String> tags = text("Tags", c -> TagMenu.tagText(actions.annotations(),
                AnnotationTarget.CLUSTER, c.clusterId()));
        tags.setPrefWidth(80);
        tags.setMinWidth(60);
        tags.setMaxWidth(160);
        getColumns().add(tags);
        getColumns().add(signals);
        actions.annotations().versionProperty().addListener((o, a, b) -> refresh());
        setContextMenu(TagMenu.contextMenu(actions, this::selectedItem));
        setRowFactory(t -> {
            TableRow<ClusterSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(getSelectionModel().getSelectedItem());
            } else {
                TagMenu.handleKey(actions, selectedItem(), e);
            }
        });
    }

    private TagMenu.Item selectedItem() {
        ClusterSummary c = getSelectionModel().getSelectedItem();
        return c == null ? null : new TagMenu.Item(AnnotationTarget.CLUSTER, c.clusterId());
    }

    private static String signal(SignalSummary s) {
        return s.name() + ": " + s.value() + (s.baseline().isEmpty() ? "" : " (normal: " + s.baseline() + ")");
    }

    /** The first three signals in one line; every signal, one per line, in the tooltip. */
    static String headline(ClusterSummary c) {
        return c.headlineSignals().stream().limit(3).map(ClusterTable::signal).collect(Collectors.joining("; "));
    }

    static String fullHeadline(ClusterSummary c) {
        return c.headlineSignals().stream().map(s -> "• " + signal(s)).collect(Collectors.joining("\n"));
    }

    /** A headline cut to the column's width, with the whole of it in a tooltip. */
    private static final class HeadlineCell extends TableCell<ClusterSummary, ClusterSummary> {
        private final Tooltip tooltip = new Tooltip();

        HeadlineCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(560);
            tooltip.setShowDuration(Duration.seconds(30));
        }

        @Override
        protected void updateItem(ClusterSummary c, boolean empty) {
            super.updateItem(c, empty);
            boolean none = empty || c == null || c.headlineSignals().isEmpty();
            setText(empty || c == null ? null : headline(c));
            tooltip.setText(none ? "" : fullHeadline(c));
            setTooltip(none ? null : tooltip);
        }
    }

    private static TableColumn<ClusterSummary, String> text(String title,
                                                           java.util.function.Function<ClusterSummary, String> f) {
        TableColumn<ClusterSummary, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return col;
    }
}
