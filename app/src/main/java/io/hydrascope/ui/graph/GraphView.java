package io.hydrascope.ui.graph;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.ui.core.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The cluster graph page: overview of all clusters or drill-down into the selected one, drawn as a bitmap rendered
 * off the FX thread at positions settled off the FX thread, with the full member table beside it, a legend, the cap
 * note, and export. Binds to {@link GraphViewModel}.
 */
public final class GraphView extends VBox {
    private final GraphViewModel vm;
    private final GraphCanvas canvas;
    private final GraphLegend legend = new GraphLegend();
    private final GraphMemberTable table;
    private final Label title = new Label("Network graph");
    private final Label tableTitle = new Label("Clusters");
    private final Label status = new Label();
    private final Label note = new Label();
    private boolean syncingTable;

    /**
     * Nothing is left to prepare on the reader thread that laid the scene out (see {@link ScenePreparer}): the
     * picture depends on the window's size and is rendered on the page's own render thread.
     */
    public static Object prepare(GraphScene scene, CancellationToken cancel) {
        return scene;
    }

    public GraphView(GraphViewModel vm) {
        this.vm = vm;
        setId("graph-page");
        getStyleClass().add(Styles.PAGE);
        setSpacing(6);
        canvas = new GraphCanvas(vm::select, vm::activate);
        table = new GraphMemberTable(vm.rows());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);

        note.setId("graph-note");
        note.getStyleClass().add(Styles.WARNING);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.managedProperty().bind(note.visibleProperty());
        Label message = new Label();
        message.setId("graph-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.EMPTY_NOTE);
        message.setWrapText(true);
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.setMouseTransparent(true);
        StackPane graphPane = new StackPane(canvas, message);
        graphPane.getStyleClass().add(Styles.CHART);

        tableTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox side = new VBox(4, tableTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        side.setMinWidth(420);
        SplitPane split = new SplitPane(graphPane, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        VBox.setVgrow(split, Priority.ALWAYS);

        status.setId("graph-status");
        status.getStyleClass().add(Styles.MUTED);
        status.setMinWidth(Region.USE_PREF_SIZE);
        Label help = new Label("click: select · double-click: open · wheel: zoom · drag: pan");
        help.getStyleClass().add(Styles.MUTED);
        help.setMinWidth(0);
        HBox bottom = new HBox(16, legend, help);
        HBox.setHgrow(legend, Priority.ALWAYS);
        getChildren().addAll(toolbar(), note, split, bottom, status);

        vm.loadedProperty().addListener((o, a, b) -> showLoaded(b));
        vm.selectedNodeProperty().addListener((o, a, b) -> {
            canvas.highlight(b);
            syncTable(b);
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingTable && b != null) {
                vm.selectRow(b);
            }
        });
        table.setOnMouseClicked(e -> {
            GraphRow row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                vm.activateRow(row);
            }
        });
        showLoaded(vm.loadedProperty().get());
    }

    private HBox toolbar() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton overview = new ToggleButton("Overview");
        overview.setId("graph-overview");
        ToggleButton cluster = new ToggleButton("Selected cluster");
        cluster.setId("graph-drill-down");
        overview.setToggleGroup(modes);
        cluster.setToggleGroup(modes);
        Runnable syncMode = () -> {
            overview.setSelected(vm.modeProperty().get() == GraphMode.OVERVIEW);
            cluster.setSelected(vm.modeProperty().get() == GraphMode.CLUSTER);
        };
        syncMode.run();
        vm.modeProperty().addListener((o, a, b) -> syncMode.run());
        overview.setOnAction(e -> {
            vm.showOverview();
            syncMode.run();
        });
        cluster.setOnAction(e -> {
            vm.drillDown();
            syncMode.run();
        });
        cluster.disableProperty().bind(vm.workspace().selectedClusterProperty().isNull());
        Button fit = new Button("Fit");
        fit.setOnAction(e -> canvas.fit());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.reload());
        Button export = new Button("Export PNG/SVG…");
        export.setId("graph-export");
        export.setOnAction(e -> vm.export());
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.loadedProperty().get() == null
                || vm.loadedProperty().get().scene().isEmpty(), vm.loadedProperty()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("graph-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        for (Region r : new Region[] {overview, cluster, fit, reload, export, cancel}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, progress, cancel, overview, cluster, fit, reload, export);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private void showLoaded(GraphViewModel.Loaded loaded) {
        GraphScene scene = loaded == null ? GraphScene.EMPTY : loaded.scene();
        canvas.show(scene, loaded == null ? null : loaded.prepared());
        canvas.highlight(vm.selectedNodeProperty().get());
        title.setText(scene.title().isEmpty() ? "Network graph" : scene.title());
        note.setText(scene.note());
        note.setVisible(!scene.note().isEmpty());
        legend.show(scene);
        table.showMode(scene.mode());
        tableTitle.setText(vm.tableTitle());
        syncTable(vm.selectedNodeProperty().get());
        showStatus();
    }

    private void showStatus() {
        GraphViewModel.Loaded loaded = vm.loadedProperty().get();
        if (loaded == null || loaded.scene().isEmpty()) {
            status.setText("");
            return;
        }
        status.setText(loaded.scene().summary()); // how long it took is for benchmarks, not for the reader
    }

    private void syncTable(String nodeId) {
        GraphScene.Node node = vm.node(nodeId);
        syncingTable = true;
        try {
            GraphRow row = node == null ? null : table.getItems().stream()
                    .filter(r -> r.target().equals(node.target())).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncingTable = false;
        }
    }

    /** Milliseconds from the prepared graph's arrival to its first painted frame (-1 before one was painted). */
    public ReadOnlyLongProperty firstFrameMillisProperty() {
        return canvas.firstFrameMillisProperty();
    }

    public GraphViewModel viewModel() {
        return vm;
    }

    GraphCanvas canvas() {
        return canvas;
    }
}
