package io.hydrascope.ui.timeline;

import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.LaneSummary;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.ModelLegend;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.TagMenu;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * A cluster's swim lanes over a zoomable time axis, with the interactions of the brushed range (or of the window)
 * underneath. Binds to {@link ClusterTimelineViewModel}.
 */
public final class ClusterTimelineView extends VBox {
    private final ClusterTimelineViewModel vm;
    private final ModelLegend legend;
    private final Label title = new Label("Network timeline");
    /** What ties an ad-hoc group together (the shared IPs), under the title. */
    private final Label detail = new Label();
    private String legendKey = "";

    private final AnnotationActions actions;
    private final Label clusterTags = new Label();

    public ClusterTimelineView(ClusterTimelineViewModel vm, AnnotationActions actions) {
        this.vm = vm;
        this.actions = actions;
        this.legend = new ModelLegend(vm.workspace().palette());
        getStyleClass().add(Styles.PAGE);
        setSpacing(8);
        Label note = new Label();
        note.textProperty().bind(vm.noteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        note.setWrapText(true);
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        SwimLaneChart lanes = new SwimLaneChart(vm);
        lanes.setId("swim-lanes");
        lanes.setAccessibleText("Swim lanes, one per account");
        Label help = new Label("wheel: scroll lanes · Ctrl+wheel or +/−: zoom · drag: select a range (filters the "
                + "table) · ↑/↓: select lane · Space or double-click a name: open account");
        help.getStyleClass().add(Styles.MUTED);
        help.setMinWidth(0);
        VBox laneCard = card(lanes, legend, help);
        VBox.setVgrow(lanes, Priority.ALWAYS);

        ClusterInteractions d = vm.interactions();
        InteractionTable table = new InteractionTable(d.rows(), d.topics(), vm.workspace(), true, actions);
        table.setId("cluster-interactions");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectAccount(b.accountId());
            }
        });
        Label tableNote = new Label();
        tableNote.textProperty().bind(d.noteProperty());
        tableNote.getStyleClass().add(Styles.MUTED);
        tableNote.setMinWidth(0);
        VBox tableCard = card(tableNote, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane split = new SplitPane(laneCard, tableCard);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        detail.setId("cluster-detail");
        detail.getStyleClass().add(Styles.MUTED);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.managedProperty().bind(detail.visibleProperty());
        getChildren().addAll(toolbar(), detail, note, split);

        vm.workspace().selectedClusterProperty().addListener((o, a, b) -> showTitle(b));
        vm.workspace().annotations().versionProperty().addListener((o, a, b) -> showTitle(
                vm.workspace().selectedClusterProperty().get()));
        vm.lanesVersionProperty().addListener((o, a, b) -> showLegend());
        vm.workspace().zoneProperty().addListener((o, a, b) -> showLegend());
        showTitle(vm.workspace().selectedClusterProperty().get());
    }

    private HBox toolbar() {
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setMinWidth(0);
        ComboBox<LaneOrder> order = new ComboBox<>();
        order.getItems().setAll(LaneOrder.values());
        order.valueProperty().bindBidirectional(vm.orderProperty());
        order.setAccessibleText("Lane order");
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new Tooltip("Zoom in (+, Ctrl+wheel)"));
        zoomIn.setOnAction(e -> vm.zoom(0.5, 0.5));
        Button zoomOut = new Button("−");
        zoomOut.setTooltip(new Tooltip("Zoom out (-)"));
        zoomOut.setOnAction(e -> vm.zoom(2, 0.5));
        Button all = new Button("Show all");
        all.setOnAction(e -> vm.resetZoom());
        Label progress = new Label();
        progress.setId("lane-progress");
        progress.textProperty().bind(vm.progressProperty());
        progress.getStyleClass().add(Styles.MUTED);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.MenuButton tagCluster = TagMenu.menuButton("Tag cluster", actions, this::clusterItem);
        tagCluster.setId("tag-cluster");
        tagCluster.setTooltip(new Tooltip("Tag or annotate the cluster of the latest analysis shown here"));
        tagCluster.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> clusterItem() == null, vm.workspace().selectedClusterProperty()));
        javafx.scene.control.MenuButton tagAccount = TagMenu.menuButton("Tag account", actions, () ->
                vm.workspace().selectedAccountProperty().get() == null ? null : new TagMenu.Item(
                        AnnotationTarget.ACCOUNT, vm.workspace().selectedAccountProperty().get()));
        tagAccount.setTooltip(new Tooltip("Tag or annotate the selected lane's account (↑/↓ selects a lane)"));
        clusterTags.getStyleClass().add(Styles.TAG_CHIP);
        clusterTags.setMinWidth(Region.USE_PREF_SIZE);
        clusterTags.managedProperty().bind(clusterTags.visibleProperty());
        clusterTags.setVisible(false);
        HBox bar = new HBox(8, title, clusterTags, spacer, progress, new Label("Lanes by"), order, new Label("Zoom"),
                zoomIn, zoomOut, all, tagCluster, tagAccount);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private void showTitle(ClusterSelection cluster) {
        title.setText(cluster == null ? "Network timeline" : cluster.title());
        detail.setText(cluster == null ? "" : cluster.detail());
        detail.setVisible(!detail.getText().isEmpty());
        TagMenu.Item item = clusterItem();
        String tags = item == null ? "" : TagMenu.tagText(vm.workspace().annotations(), item.target(), item.id());
        clusterTags.setText(tags);
        clusterTags.setVisible(!tags.isEmpty());
    }

    /** The shown cluster when it is one of the latest analysis (ad-hoc groups have no number to tag). */
    private TagMenu.Item clusterItem() {
        ClusterSelection c = vm.workspace().selectedClusterProperty().get();
        return c == null || !c.id().chars().allMatch(Character::isDigit) || c.id().isEmpty() ? null
                : new TagMenu.Item(AnnotationTarget.CLUSTER, c.id());
    }

    private void showLegend() {
        List<String> models = vm.workspace().palette().models();
        long lanes = vm.lanes().size();
        long total = vm.lanes().stream().mapToLong(LaneSummary::interactions).sum();
        String key = models + " " + vm.bucketMicros() + " " + vm.workspace().zone() + " " + lanes + " " + total;
        if (key.equals(legendKey)) {
            return; // lanes arrive in many chunks; rebuilding the legend each time costs CSS and layout passes
        }
        legendKey = key;
        Polygon created = new Polygon(0, 10, 8, 10, 4, 2);
        Label createdLabel = new Label("account created", created);
        legend.show(models, "cell: " + TimeAxis.bucketLabel(vm.bucketMicros())
                + ", colour = model with most requests, darker = more", "times in "
                + TimeFormats.zoneLabel(vm.workspace().zone()));
        legend.add(createdLabel);
        Label size = new Label(lanes + " lanes, " + TimeFormats.count(total) + " interactions");
        size.getStyleClass().add(Styles.MUTED);
        legend.add(size);
    }

    private static VBox card(javafx.scene.Node... content) {
        VBox box = new VBox(4, content);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }
}
