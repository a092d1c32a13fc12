package io.hydrascope.ui.timeline;

import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.LaneSummary;
import io.hydrascope.model.TimeRange;
import io.hydrascope.store.ClusterLaneRepository;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.PageGate;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimelineNavigation;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.Viewport;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A cluster as swim lanes, one per account, whatever defined the cluster. Lanes are counted in SQL at the bucket
 * size the zoom level needs, in chunks, the lanes on screen first, so a 500-lane cluster shows its visible lanes at
 * once and fills the rest while the person looks. Brushing a range filters the interactions table. FX thread only.
 */
public final class ClusterTimelineViewModel implements TimelineNavigation {
    static final String PICK = "No cluster selected. Open one from the Overview's ranked clusters, or show the "
            + "accounts sharing an IP with an account (Account timeline → \"Accounts sharing its IPs\").";
    static final int CHUNK = 40;

    private final WorkspaceState workspace;
    private final QuerySlot summarySlot;
    private final QuerySlot laneSlot;
    private final ClusterInteractions interactions;
    private final ObservableList<LaneSummary> lanes = FXCollections.observableArrayList();
    private final Map<String, LaneSeries> series = new HashMap<>();
    private final ReadOnlyLongWrapper lanesVersion = new ReadOnlyLongWrapper(this, "lanesVersion");
    private final ReadOnlyObjectWrapper<TimeRange> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", PICK);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ObjectProperty<LaneOrder> order = new SimpleObjectProperty<>(this, "order", LaneOrder.CREATED);
    private final DoubleProperty chartWidth = new SimpleDoubleProperty(this, "chartWidth", 1000);
    private final IntegerProperty firstVisibleLane = new SimpleIntegerProperty(this, "firstVisibleLane");
    private final IntegerProperty visibleLanes = new SimpleIntegerProperty(this, "visibleLanes", 50);
    private List<LaneSummary> summaries = List.of();
    private TimeRange bounds;
    private long bucket = TimeAxis.DAY;
    private TimeRange countedQuery;
    private final java.util.Set<String> counted = new java.util.HashSet<>();

    private final PageGate gate;

    public ClusterTimelineViewModel(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results) {
        this.workspace = workspace;
        this.summarySlot = new QuerySlot(tasks, workspace, "Reading cluster accounts");
        this.laneSlot = new QuerySlot(tasks, workspace, "Counting swim lanes");
        this.interactions = new ClusterInteractions(workspace, tasks, results);
        // Selecting clusters elsewhere (the graph, the overview) only marks this page stale until it is shown.
        this.gate = new PageGate(workspace, Pages.CLUSTER, this::load);
        workspace.selectedClusterProperty().addListener((o, a, b) -> gate.request());
        workspace.dataVersionProperty().addListener((o, a, b) -> gate.request());
        workspace.zoneProperty().addListener((o, a, b) -> gate.partial(() -> loadLanes(0)));
        workspace.brushedRangeProperty().addListener((o, a, b) ->
                gate.partial(() -> loadTable(AccountTimelineViewModel.ZOOM_SETTLE_MILLIS)));
        workspace.filterProperty().addListener((o, a, b) -> {
            ViewFilter before = a == null ? ViewFilter.NONE : a;
            ViewFilter after = workspace.filter();
            if (!before.tags().equals(after.tags()) || !Objects.equals(before.window(), after.window())) {
                gate.request();
            } else {
                gate.partial(() -> loadTable(0));
            }
        });
        workspace.annotations().versionProperty().addListener((o, a, b) -> {
            if (!workspace.filter().tags().isEmpty()) {
                gate.request();
            }
        });
        order.addListener((o, a, b) -> {
            lanes.setAll(b.apply(summaries));
            lanesVersion.set(lanesVersion.get() + 1);
        });
        load();
    }

    /** Reads the selected cluster's accounts, then counts their lanes. */
    public void load() {
        ClusterSelection cluster = workspace.selectedClusterProperty().get();
        summarySlot.cancel();
        laneSlot.cancel();
        series.clear();
        counted.clear();
        countedQuery = null;
        lanes.clear();
        summaries = List.of();
        bounds = null;
        window.set(null);
        interactions.clear();
        lanesVersion.set(lanesVersion.get() + 1);
        if (cluster == null || workspace.openCase() == null) {
            note.set(PICK);
            return;
        }
        ViewFilter filter = workspace.filter();
        List<String> ids = cluster.accountIds().stream().filter(id -> workspace.annotations().hasAnyTag(
                AnnotationTarget.ACCOUNT, id, filter.tags())).toList();
        if (ids.isEmpty()) {
            note.set("None of the " + cluster.accountIds().size() + " accounts carries one of the filter's tags.");
            return;
        }
        note.set("Reading " + ids.size() + " accounts…");
        summarySlot.run((c, p, cancel) -> new ClusterLaneRepository(c.reader()).summaries(ids, cancel), list -> {
            summaries = list;
            lanes.setAll(order.get().apply(list));
            Long first = list.stream().map(LaneSummary::firstMicros).filter(Objects::nonNull).min(Long::compare)
                    .orElse(null);
            Long last = list.stream().map(LaneSummary::lastMicros).filter(Objects::nonNull).max(Long::compare)
                    .orElse(null);
            TimeRange active = first == null ? null : filter.clip(Viewport.boundsOf(first, last));
            note.set(first == null ? "These accounts have no interactions in the case." : active == null
                    ? "These accounts have no interactions in the filter's time window." : filteredNote(ids, cluster));
            if (active != null) {
                bounds = active;
                window.set(bounds);
                loadLanes(0);
                loadTable(0);
            }
        }, e -> note.set("Cannot read the cluster: " + DialogService.describe(e)));
    }

    private String filteredNote(List<String> ids, ClusterSelection cluster) {
        ViewFilter f = workspace.filter();
        return ids.size() < cluster.accountIds().size() ? "Filtered: " + ids.size() + " of "
                + cluster.accountIds().size() + " accounts carry one of the filter's tags"
                + (f.window() != null ? "; time axis limited to the filter's window" : "")
                : f.window() != null ? "Filtered: time axis limited to the filter's window" : "";
    }

    /** Counts every lane at the zoom level's bucket size, lanes on screen first. */
    void loadLanes(long delayMillis) {
        TimeRange w = window.get();
        if (w == null || lanes.isEmpty()) {
            return;
        }
        long size = TimeAxis.bucketFor(w.spanMicros(), chartWidth.get(), 2);
        long origin = size >= TimeAxis.DAY ? TimeAxis.originFor(workspace.zone(), w.fromMicros()) : 0;
        TimeRange query = w.widened(0.5);
        if (size != bucket || !query.equals(countedQuery)) {
            counted.clear(); // a new zoom level: every lane is counted again
        }
        bucket = size;
        countedQuery = query;
        List<String> ordered = priorityOrder();
        ordered.removeAll(counted);
        if (!ordered.isEmpty()) {
            runChunk(ordered, 0, query, size, origin, delayMillis);
        }
    }

    private List<String> priorityOrder() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        int from = Math.max(0, Math.min(firstVisibleLane.get(), lanes.size()));
        int to = Math.min(lanes.size(), from + visibleLanes.get() + 5);
        for (int i = from; i < to; i++) {
            ids.add(lanes.get(i).accountId());
        }
        lanes.forEach(l -> ids.add(l.accountId()));
        return new ArrayList<>(ids);
    }

    private void runChunk(List<String> ordered, int start, TimeRange query, long size, long origin, long delay) {
        List<String> chunk = ordered.subList(start, Math.min(ordered.size(), start + CHUNK));
        laneSlot.run(delay, (c, p, cancel) -> {
            Map<String, LaneSeries> out = new HashMap<>();
            new ClusterLaneRepository(c.reader()).lanes(chunk, query, size, origin, cancel,
                    lane -> out.put(lane.accountId(), LaneSeries.of(lane, size)));
            return out;
        }, counted -> {
            series.putAll(counted);
            this.counted.addAll(counted.keySet());
            lanesVersion.set(lanesVersion.get() + 1);
            int next = start + chunk.size();
            progress.set(next < ordered.size() ? "Counting lanes " + next + " / " + ordered.size() + "…" : "");
            if (next < ordered.size()) {
                runChunk(ordered, next, query, size, origin, 0);
            }
        }, e -> note.set("Cannot count lanes: " + DialogService.describe(e)));
    }

    private void loadTable(long delayMillis) {
        ClusterSelection cluster = workspace.selectedClusterProperty().get();
        TimeRange brush = workspace.brushedRangeProperty().get();
        TimeRange range = brush != null ? brush : window.get();
        TimeRange clipped = workspace.filter().clip(range);
        if (cluster != null && clipped != null) {
            interactions.load(lanes.stream().map(LaneSummary::accountId).toList(), clipped,
                    workspace.filter().interactions(), brush != null, delayMillis);
        }
    }

    @Override
    public void showWindow(TimeRange w) {
        if (bounds == null || w == null || w.equals(window.get())) {
            return;
        }
        window.set(w);
        loadLanes(AccountTimelineViewModel.ZOOM_SETTLE_MILLIS);
        if (workspace.brushedRangeProperty().get() == null) {
            loadTable(AccountTimelineViewModel.TABLE_SETTLE_MILLIS);
        }
    }

    @Override
    public TimeRange shownWindow() {
        return window.get();
    }

    @Override
    public TimeRange windowBounds() {
        return bounds;
    }

    @Override
    public javafx.beans.property.ObjectProperty<TimeRange> brushedRange() {
        return workspace.brushedRangeProperty();
    }

    /** Scrolling the lanes: lanes that came into view are counted first if they are not yet. */
    public void setVisibleLanes(int first, int count) {
        boolean changed = first != firstVisibleLane.get() || count != visibleLanes.get();
        firstVisibleLane.set(first);
        visibleLanes.set(count);
        if (changed && lanes.subList(Math.min(first, lanes.size()), Math.min(lanes.size(), first + count)).stream()
                .anyMatch(l -> !counted.contains(l.accountId()))) {
            loadLanes(AccountTimelineViewModel.ZOOM_SETTLE_MILLIS);
        }
    }

    public void selectAccount(String accountId) {
        workspace.selectedAccountProperty().set(accountId);
    }

    public void openAccount(String accountId) {
        if (accountId != null) {
            workspace.openAccount(accountId);
        }
    }

    public LaneSeries series(String accountId) {
        return series.get(accountId);
    }

    public ObservableList<LaneSummary> lanes() {
        return lanes;
    }

    /** Grows whenever lanes were counted or reordered: the chart redraws. */
    public ReadOnlyLongProperty lanesVersionProperty() {
        return lanesVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeRange> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<LaneOrder> orderProperty() {
        return order;
    }

    public DoubleProperty chartWidthProperty() {
        return chartWidth;
    }

    /** The bucket size lanes are being counted in. */
    public long bucketMicros() {
        return bucket;
    }

    public ClusterInteractions interactions() {
        return interactions;
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
