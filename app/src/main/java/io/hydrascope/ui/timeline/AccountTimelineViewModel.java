package io.hydrascope.ui.timeline;

import io.hydrascope.model.AccountOverview;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.store.AccountTimelineRepository;
import io.hydrascope.ui.analysis.AccountResult;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.PageGate;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimelineNavigation;
import io.hydrascope.ui.core.Viewport;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One account over time: its profile and analysis result, its activity counted in SQL at the zoom level the chart
 * can show, the interactions of the window (or of the brushed range) with topics, and the IPs and user agents it
 * used (see {@link AccountDetails}). Follows the workspace's selected account. FX thread only.
 */
public final class AccountTimelineViewModel implements TimelineNavigation {
    static final String PICK = "Pick an account: type its id in \"Go to account\", or double-click one in the "
            + "Overview or a cluster's lanes.";
    /** Delay that folds a burst of zoom steps (a wheel spin) into one query. */
    static final long ZOOM_SETTLE_MILLIS = 60;
    /** Tables refill only once zooming settles: refilling visible rows costs CSS and layout on the FX thread. */
    static final long TABLE_SETTLE_MILLIS = 250;

    /** Activity counted per bucket for a window. */
    public record Activity(List<BucketCount> buckets, long bucketMicros, TimeRange window) {
    }

    private record Loaded(AccountOverview account, Optional<AccountResult> result, Activity activity) {
    }

    private final WorkspaceState workspace;
    private final AnalysisResultsSource results;
    private final QuerySlot accountSlot;
    private final QuerySlot activitySlot;
    private final AccountDetails details;
    private final ReadOnlyObjectWrapper<AccountOverview> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ReadOnlyObjectWrapper<AccountResult> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(this, "activity");
    private final ReadOnlyObjectWrapper<TimeRange> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", PICK);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final DoubleProperty chartWidth = new SimpleDoubleProperty(this, "chartWidth", 1000);
    private TimeRange bounds;
    private final PageGate gate;

    public AccountTimelineViewModel(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results) {
        this.workspace = workspace;
        this.results = results;
        this.accountSlot = new QuerySlot(tasks, workspace, "Opening account");
        this.activitySlot = new QuerySlot(tasks, workspace, "Counting activity");
        this.details = new AccountDetails(workspace, tasks, results);
        // Selecting accounts elsewhere (the graph, the overview) only marks this page stale until it is shown.
        this.gate = new PageGate(workspace, Pages.ACCOUNT, this::load);
        workspace.selectedAccountProperty().addListener((o, a, b) -> gate.request());
        workspace.dataVersionProperty().addListener((o, a, b) -> gate.request());
        workspace.zoneProperty().addListener((o, a, b) -> gate.partial(() -> loadActivity(0)));
        workspace.brushedRangeProperty().addListener((o, a, b) -> gate.partial(() ->
                details.loadInteractions(tableWindow(), ZOOM_SETTLE_MILLIS)));
        workspace.filterProperty().addListener((o, a, b) -> gate.partial(() ->
                details.loadInteractions(tableWindow(), 0)));
        load();
    }

    /** Loads the selected account: header, analysis result and activity first, then its details. */
    public void load() {
        String id = workspace.selectedAccountProperty().get();
        loaded.set(false);
        if (id == null || workspace.openCase() == null) {
            clear(PICK);
            return;
        }
        note.set("Opening " + id + "…");
        long width = (long) chartWidth.get();
        accountSlot.run((c, p, cancel) -> {
            AccountTimelineRepository repo = new AccountTimelineRepository(c.reader());
            Optional<AccountOverview> found = repo.find(id);
            if (found.isEmpty()) {
                return null;
            }
            AccountOverview a = found.get();
            TimeRange all = a.firstMicros() == null ? null : Viewport.boundsOf(a.firstMicros(), a.lastMicros());
            Activity act = all == null ? null : count(repo, id, all, width);
            return new Loaded(a, results.account(c.reader(), id), act);
        }, this::show, e -> clear("Cannot open " + id + ": " + DialogService.describe(e)));
    }

    private void show(Loaded l) {
        if (l == null) {
            clear("No account " + workspace.selectedAccountProperty().get() + " in this case.");
            return;
        }
        account.set(l.account());
        analysis.set(l.result().orElse(null));
        note.set(l.account().interactions() == 0 ? "This account has no interactions in the case." : "");
        bounds = l.activity() == null ? null : l.activity().window();
        window.set(bounds);
        activity.set(l.activity());
        details.load(l.account().accountId(), tableWindow(), bounds);
        loaded.set(true);
    }

    private void clear(String message) {
        accountSlot.cancel();
        activitySlot.cancel();
        account.set(null);
        analysis.set(null);
        activity.set(null);
        window.set(null);
        bounds = null;
        details.clear();
        note.set(message);
    }

    private Activity count(AccountTimelineRepository repo, String id, TimeRange w, long width) {
        long bucket = TimeAxis.bucketFor(w.spanMicros(), width, 3);
        long origin = bucket >= TimeAxis.DAY ? TimeAxis.originFor(workspace.zone(), w.fromMicros()) : 0;
        // a margin either side keeps bars at the edges while panning, until the next query lands
        TimeRange query = w.widened(0.5);
        return new Activity(repo.activity(id, query, bucket, origin), bucket, w);
    }

    private void loadActivity(long delayMillis) {
        AccountOverview a = account.get();
        TimeRange w = window.get();
        if (a == null || w == null) {
            return;
        }
        long width = (long) chartWidth.get();
        activitySlot.run(delayMillis, (c, p, cancel) -> count(new AccountTimelineRepository(c.reader()),
                a.accountId(), w, width), activity::set, e -> note.set(DialogService.describe(e)));
    }

    @Override
    public void showWindow(TimeRange w) {
        if (bounds == null || w == null || w.equals(window.get())) {
            return;
        }
        window.set(w);
        loadActivity(ZOOM_SETTLE_MILLIS);
        if (workspace.brushedRangeProperty().get() == null) {
            details.loadInteractions(tableWindow(), TABLE_SETTLE_MILLIS);
        }
    }

    /** The interactions table shows the brushed range when there is one, else the visible window. */
    TimeRange tableWindow() {
        TimeRange brush = workspace.brushedRangeProperty().get();
        return brush != null ? brush : window.get();
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

    /** Shows the accounts that used any of this account's IPs as swim lanes. */
    public void openAccountsSharingIps() {
        details.openAccountsSharingIps();
    }

    /** Shows the cluster the analysis put this account in. */
    public void openAnalysisCluster() {
        AccountResult r = analysis.get();
        if (r != null && r.clusterId() != null) {
            details.openCluster(r.clusterId());
        }
    }

    public AccountDetails details() {
        return details;
    }

    public ReadOnlyObjectProperty<AccountOverview> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountResult> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeRange> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True once the selected account's header and activity are shown (its table and IPs follow). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The chart's plot width in pixels: bucket sizes follow it. */
    public DoubleProperty chartWidthProperty() {
        return chartWidth;
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    /** Topics of the listed interactions, for the table. */
    public Map<Long, InteractionTopic> topics() {
        return details.topics();
    }
}
