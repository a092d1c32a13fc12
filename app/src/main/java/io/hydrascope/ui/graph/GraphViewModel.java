package io.hydrascope.ui.graph;

import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.analysis.graph.ClusterOverview;
import io.hydrascope.analysis.graph.ClusterOverviewService;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cluster graph page: the overview of all clusters or the drill-down into the selected one. Pictures are read,
 * laid out and prepared for drawing on a reader thread (progress and cancel in the task list); a newer request
 * supersedes an older one. Clicking selects in the shared workspace (a cluster, or an account so the timelines and
 * tables follow). The drill-down follows the workspace's selected cluster. FX thread only.
 */
public final class GraphViewModel {
    static final String NO_ANALYSIS = "No analysis yet — run Analyse (Ctrl+R)";
    static final String NO_CLUSTER = "Select a cluster in the overview (click a node), then drill down";

    /** A picture ready to draw: the scene, the table rows, and what the view draws it with. */
    public record Loaded(GraphScene scene, List<GraphRow> rows, Object prepared, long buildMillis) {
    }

    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AnalysisResultsSource results;
    private final ScenePreparer preparer;
    private final ClusterGraphService clusterGraphs;
    private final ClusterOverviewService overviews;
    private final QuerySlot graphSlot;
    private final QuerySlot selectSlot;
    private final ObjectProperty<GraphMode> mode = new SimpleObjectProperty<>(this, "mode", GraphMode.OVERVIEW);
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty selectedNode = new SimpleStringProperty(this, "selectedNode");
    private final ObservableList<GraphRow> rows = FXCollections.observableArrayList();
    private Map<String, String> nodeOfTarget = Map.of();

    public GraphViewModel(WorkspaceState workspace, TaskRunner tasks, DialogService dialogs,
                          AnalysisResultsSource results, ScenePreparer preparer, ClusterGraphService clusterGraphs,
                          ClusterOverviewService overviews) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.results = results;
        this.preparer = preparer;
        this.clusterGraphs = clusterGraphs;
        this.overviews = overviews;
        this.graphSlot = new QuerySlot(tasks, workspace, "Laying out the graph", true);
        this.selectSlot = new QuerySlot(tasks, workspace, "Reading cluster accounts");
        workspace.dataVersionProperty().addListener((o, a, b) -> reload());
        workspace.filterProperty().addListener((o, a, b) -> {
            if (mode.get() == GraphMode.OVERVIEW) {
                reload();
            }
        });
        workspace.selectedClusterProperty().addListener((o, a, b) -> {
            if (mode.get() == GraphMode.CLUSTER) {
                reload();
            } else {
                selectedNode.set(b == null ? null : nodeOfTarget.get(b.id()));
            }
        });
        workspace.selectedAccountProperty().addListener((o, a, b) -> {
            if (mode.get() == GraphMode.CLUSTER) {
                selectedNode.set(b == null ? null : nodeOfTarget.get(b));
            }
        });
        mode.addListener((o, a, b) -> reload());
        reload();
    }

    /** Reads and lays out the picture of the current mode again. */
    public void reload() {
        if (workspace.openCase() == null) {
            graphSlot.cancel();
            show(null);
            message.set("");
            return;
        }
        if (mode.get() == GraphMode.CLUSTER) {
            loadCluster(workspace.selectedClusterProperty().get());
        } else {
            loadOverview(workspace.filter().minRisk());
        }
    }

    private void loadOverview(double minRisk) {
        message.set("Laying out the clusters…");
        graphSlot.run((c, progress, cancel) -> {
            long start = System.nanoTime();
            ReadSession session = c.reader();
            if (results.latestRun(session).isEmpty()) {
                return null;
            }
            ClusterOverview overview = overviews.build(session, progress, cancel);
            GraphScene scene = GraphScenes.overview(overview, minRisk);
            return prepare(scene, overviewRows(overview, minRisk), start, cancel);
        }, this::show, this::fail);
    }

    private void loadCluster(ClusterSelection cluster) {
        if (cluster == null) {
            graphSlot.cancel();
            show(null);
            message.set(NO_CLUSTER);
            return;
        }
        message.set("Laying out " + GraphLabels.label(cluster.title()) + "…");
        graphSlot.run((c, progress, cancel) -> {
            long start = System.nanoTime();
            ReadSession session = c.reader();
            ReportQueries queries = new ReportQueries(session);
            List<Long> refs = isClusterId(cluster.id()) ? queries.memberRefs(Long.parseLong(cluster.id()))
                    : List.copyOf(queries.refsOf(cluster.accountIds()).values());
            ClusterGraph graph = clusterGraphs.build(session, refs, progress, cancel);
            GraphScene scene = GraphScenes.cluster(cluster.title(), graph);
            return prepare(scene, memberRows(graph), start, cancel);
        }, this::show, this::fail);
    }

    private Loaded prepare(GraphScene scene, List<GraphRow> rows, long start, CancellationToken cancel) {
        Object prepared = preparer.prepare(scene, cancel);
        return new Loaded(scene, rows, prepared, (System.nanoTime() - start) / 1_000_000);
    }

    private void show(Loaded result) {
        rows.setAll(result == null ? List.of() : result.rows()); // before the picture: the view reads both on change
        loaded.set(result);
        Map<String, String> targets = new HashMap<>();
        if (result != null) {
            result.scene().nodes().stream().filter(n -> n.target() != null)
                    .forEach(n -> targets.put(n.target(), n.id()));
        }
        nodeOfTarget = targets;
        if (result == null) {
            message.set(workspace.openCase() == null ? "" : NO_ANALYSIS);
            selectedNode.set(null);
            return;
        }
        message.set(result.scene().isEmpty() ? (mode.get() == GraphMode.OVERVIEW
                ? "No clusters of two or more accounts" : "No shared keys link these accounts") : "");
        if (mode.get() == GraphMode.CLUSTER) {
            String account = workspace.selectedAccountProperty().get();
            selectedNode.set(account == null ? null : targets.get(account));
        } else {
            ClusterSelection c = workspace.selectedClusterProperty().get();
            selectedNode.set(c == null ? null : targets.get(c.id()));
        }
    }

    private void fail(Throwable error) {
        message.set("Cannot draw the graph: " + DialogService.describe(error));
    }

    /** Selects what a node stands for: a cluster or an account in the whole workbench; a key only here. */
    public void select(GraphScene.Node node) {
        if (node == null) {
            selectedNode.set(null);
            return;
        }
        selectedNode.set(node.id());
        if (node.isAccount()) {
            workspace.selectedAccountProperty().set(node.target());
        } else if (node.isCluster()) {
            selectCluster(node.target(), node.label(), false);
        }
    }

    /** Double-click: an account opens its timeline, a cluster opens its drill-down. */
    public void activate(GraphScene.Node node) {
        if (node == null) {
            return;
        }
        if (node.isAccount()) {
            workspace.openAccount(node.target());
        } else if (node.isCluster()) {
            selectedNode.set(node.id());
            selectCluster(node.target(), node.label(), true);
        }
    }

    /** Selects a table row: the same as clicking its node. */
    public void selectRow(GraphRow row) {
        if (row == null) {
            return;
        }
        if (mode.get() == GraphMode.CLUSTER) {
            workspace.selectedAccountProperty().set(row.target());
        } else {
            selectCluster(row.target(), row.name(), false);
        }
    }

    /** Double-click on a table row: the same as on its node, also for members the capped picture leaves out. */
    public void activateRow(GraphRow row) {
        if (row == null) {
            return;
        }
        if (mode.get() == GraphMode.CLUSTER) {
            workspace.openAccount(row.target());
        } else {
            selectCluster(row.target(), row.name(), true);
        }
    }

    private void selectCluster(String clusterId, String label, boolean drillDown) {
        ClusterSelection current = workspace.selectedClusterProperty().get();
        if (current != null && current.id().equals(clusterId)) {
            if (drillDown) {
                drillDown();
            }
            return;
        }
        selectSlot.run((c, p, cancel) -> results.clusterAccounts(c.reader(), clusterId), accounts -> {
            workspace.selectedClusterProperty().set(new ClusterSelection(clusterId, label + " (" + accounts.size()
                    + " accounts)", accounts));
            if (drillDown) {
                drillDown();
            }
        }, this::fail);
    }

    /** Shows the selected cluster's accounts and keys. */
    public void drillDown() {
        if (mode.get() == GraphMode.CLUSTER) {
            reload();
        } else {
            mode.set(GraphMode.CLUSTER);
        }
    }

    public void showOverview() {
        mode.set(GraphMode.OVERVIEW);
    }

    /** Cancels the layout in progress. */
    public void cancel() {
        graphSlot.cancel();
        message.set("Cancelled — press Reload to lay out the graph again");
    }

    /** Asks where to save the current picture and writes it as PNG or SVG (by the chosen name) in the background. */
    public void export() {
        Loaded current = loaded.get();
        if (current == null || current.scene().isEmpty()) {
            return;
        }
        String base = mode.get() == GraphMode.OVERVIEW ? "cluster-overview" : "cluster-"
                + GraphExport.fileSafe(workspace.selectedClusterProperty().get() == null ? "graph"
                : workspace.selectedClusterProperty().get().id());
        dialogs.chooseFileToSave("Export graph", Path.of(base + ".png"), List.of("png", "svg")).ifPresent(path ->
                exportTo(current.scene(), path));
    }

    void exportTo(GraphScene scene, Path path) {
        String selected = selectedNode.get();
        tasks.write("Exporting graph", (progress, cancel) -> {
            GraphExport.write(scene, selected, path);
            return path;
        }).onSuccess(p -> message.set("Saved " + p.getFileName())).onFailure(e -> dialogs.showError(
                "Cannot export the graph", DialogService.describe(e))).start();
    }

    private static List<GraphRow> overviewRows(ClusterOverview overview, double minRisk) {
        Map<Long, Integer> links = new HashMap<>();
        overview.links().forEach(l -> {
            links.merge(l.fromCluster(), 1, Integer::sum);
            links.merge(l.toCluster(), 1, Integer::sum);
        });
        List<GraphRow> out = new ArrayList<>();
        for (ClusterOverview.ClusterNode c : overview.clusters()) {
            if (c.risk() >= minRisk) {
                out.add(new GraphRow(Long.toString(c.clusterId()), GraphLabels.label(c.label()), c.risk(),
                        c.flagged(), c.accounts(), links.getOrDefault(c.clusterId(), 0), true));
            }
        }
        return out;
    }

    private static List<GraphRow> memberRows(ClusterGraph graph) {
        return graph.members().stream().map(m -> new GraphRow(m.accountId(), GraphLabels.label(m.accountId()),
                m.risk(), m.flagged(), m.interactions(), m.sharedKeys(), m.shown())).toList();
    }

    private static boolean isClusterId(String id) {
        return id != null && !id.isEmpty() && id.chars().allMatch(Character::isDigit);
    }

    /** The node a click or hover found, by id. */
    public GraphScene.Node node(String id) {
        Loaded current = loaded.get();
        if (current == null || id == null) {
            return null;
        }
        return current.scene().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    /** The table's title: what its rows are and whether the graph shows all of them. */
    public String tableTitle() {
        if (mode.get() == GraphMode.OVERVIEW) {
            return "Clusters";
        }
        Loaded current = loaded.get();
        long shown = rows.stream().filter(GraphRow::shown).count();
        return current == null ? "Members" : String.format(Locale.ROOT, "All %,d members (%,d drawn)", rows.size(),
                shown);
    }

    public ObjectProperty<GraphMode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return graphSlot.loadingProperty();
    }

    /** The node drawn as selected (its neighbours are highlighted), or null. */
    public StringProperty selectedNodeProperty() {
        return selectedNode;
    }

    public ObservableList<GraphRow> rows() {
        return rows;
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
