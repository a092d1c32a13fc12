package io.hydrascope.ui.topics;

import io.hydrascope.ui.core.PageGate;
import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.TopicBreakdown;
import io.hydrascope.model.TopicStat;
import io.hydrascope.store.TopicQueries;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.WorkspaceState;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The topic breakdown of the case, the selected cluster or the selected account (the scope follows the workspace's
 * selection): shares against a baseline, chain-of-thought rates, topics over time, and the prompts of one topic.
 * Honours the workspace filter. Reads run on reader threads through {@link QuerySlot}s, and only while the page is
 * in front ({@link PageGate}). FX thread only.
 */
public final class TopicsViewModel {
    static final String NO_ANALYSIS = "No topics yet — run Analyse (Ctrl+R) to classify the prompts";
    static final String NO_CLUSTER = "No network selected — open one from the overview or the network timeline";
    static final String NO_ACCOUNT = "No account selected — pick one in any view, or a prompt below";
    /** Buckets the over-time chart aims for at most. */
    static final int MAX_BUCKETS = 90;

    private final WorkspaceState workspace;
    private final QuerySlot breakdownSlot;
    private final ObjectProperty<InteractionScope.Kind> scopeKind = new SimpleObjectProperty<>(this, "scopeKind",
            InteractionScope.Kind.CASE);
    private final ObjectProperty<TopicQueries.Baseline> baseline = new SimpleObjectProperty<>(this, "baseline",
            TopicQueries.Baseline.UNFLAGGED);
    private final ReadOnlyObjectWrapper<InteractionScope> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    private final ReadOnlyStringWrapper scopeTitle = new ReadOnlyStringWrapper(this, "scopeTitle", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<TopicBreakdown> breakdown = new ReadOnlyObjectWrapper<>(this, "breakdown",
            TopicBreakdown.EMPTY);
    private final ReadOnlyObjectWrapper<TopicSeries> series = new ReadOnlyObjectWrapper<>(this, "series",
            TopicSeries.EMPTY);
    private final ObservableList<TopicStat> topics = FXCollections.observableArrayList();
    private final TopicPrompts prompts;
    private final PageGate gate;

    private record Loaded(TopicBreakdown breakdown, TopicSeries series) {
    }

    public TopicsViewModel(WorkspaceState workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.breakdownSlot = new QuerySlot(tasks, workspace, "Counting topics", true);
        this.prompts = new TopicPrompts(workspace, tasks);
        this.gate = new PageGate(workspace, Pages.TOPICS, this::reload);
        workspace.dataVersionProperty().addListener((o, a, b) -> gate.request());
        workspace.filterProperty().addListener((o, a, b) -> gate.request());
        workspace.zoneProperty().addListener((o, a, b) -> gate.request());
        workspace.selectedClusterProperty().addListener((o, a, b) -> {
            if (scopeKind.get() == InteractionScope.Kind.CLUSTER) {
                gate.request();
            }
        });
        workspace.selectedAccountProperty().addListener((o, a, b) -> {
            if (scopeKind.get() == InteractionScope.Kind.ACCOUNT) {
                gate.request();
            }
        });
        scopeKind.addListener((o, a, b) -> reload());
        baseline.addListener((o, a, b) -> reload());
        gate.request();
    }

    /** Reads the breakdown of the current scope again (and the selected topic's prompts). */
    public void reload() {
        InteractionScope current = resolveScope();
        scope.set(current);
        if (workspace.openCase() == null || current == null) {
            breakdownSlot.cancel();
            clear(workspace.openCase() == null ? "" : scopeKind.get() == InteractionScope.Kind.CLUSTER
                    ? NO_CLUSTER : NO_ACCOUNT);
            return;
        }
        InteractionCriteria filter = Filters.of(workspace.filter());
        TopicQueries.Baseline against = baseline.get();
        ZoneId zone = workspace.zone();
        note.set("Counting topics…");
        breakdownSlot.run((c, p, cancel) -> {
            TopicQueries q = new TopicQueries(c.reader());
            TopicBreakdown b = q.breakdown(current, filter, against);
            cancel.throwIfCancelled();
            TimeRange span = b.interactions() == 0 ? null : q.span(current, filter);
            if (span == null) {
                return new Loaded(b, TopicSeries.EMPTY);
            }
            long bucket = bucketFor(span.spanMicros());
            long origin = TimeAxis.originFor(zone, span.fromMicros());
            List<String> order = b.topics().stream().map(TopicStat::topic).toList();
            return new Loaded(b, TopicSeries.of(q.overTime(current, filter, origin, bucket), bucket, order));
        }, loaded -> show(loaded, current), e -> clear("Cannot count topics: " + DialogService.describe(e)));
    }

    private void show(Loaded loaded, InteractionScope current) {
        TopicBreakdown b = loaded.breakdown();
        breakdown.set(b);
        topics.setAll(b.topics());
        series.set(loaded.series());
        note.set(b.interactions() == 0 ? (b.baselineInteractions() == 0 ? NO_ANALYSIS
                : "No classified interactions in " + scopeTitle.get().toLowerCase(java.util.Locale.ROOT)
                + (workspace.filter().isEmpty() ? "" : " within the filter")) : "");
        summary.set(b.interactions() == 0 ? "" : TopicText.summary(b, baseline.get(), current));
        prompts.show(current, b.topics(), Filters.of(workspace.filter()));
    }

    private void clear(String message) {
        breakdown.set(TopicBreakdown.EMPTY);
        topics.clear();
        series.set(TopicSeries.EMPTY);
        summary.set("");
        note.set(message);
        prompts.show(null, List.of(), InteractionCriteria.NONE);
    }

    private InteractionScope resolveScope() {
        switch (scopeKind.get()) {
            case CLUSTER -> {
                ClusterSelection c = workspace.selectedClusterProperty().get();
                if (c == null || !c.id().matches("\\d{1,18}")) {
                    scopeTitle.set("No analysed network selected");
                    return null;
                }
                scopeTitle.set(c.title());
                return InteractionScope.cluster(Long.parseLong(c.id()));
            }
            case ACCOUNT -> {
                String account = workspace.selectedAccountProperty().get();
                scopeTitle.set(account == null ? "No account selected" : "Account " + account);
                return account == null ? null : InteractionScope.account(account);
            }
            default -> {
                scopeTitle.set("Whole case");
                return InteractionScope.CASE;
            }
        }
    }

    /** Hourly at least, and at most about {@link #MAX_BUCKETS} buckets across the span. */
    static long bucketFor(long spanMicros) {
        return Math.max(TimeAxis.HOUR, TimeAxis.bucketFor(spanMicros, MAX_BUCKETS, 1));
    }

    public ObjectProperty<InteractionScope.Kind> scopeKindProperty() {
        return scopeKind;
    }

    public ObjectProperty<TopicQueries.Baseline> baselineProperty() {
        return baseline;
    }

    /** The scope shown, or null when the chosen kind has nothing selected. */
    public ReadOnlyObjectProperty<InteractionScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeTitleProperty() {
        return scopeTitle.getReadOnlyProperty();
    }

    /** Why nothing is shown (no analysis, no selection, an error), or "" while there is something to show. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** One line on the scope: interactions, chain-of-thought rate against the baseline. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TopicBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TopicSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ObservableList<TopicStat> topics() {
        return topics;
    }

    /** The selected topic's prompts. */
    public TopicPrompts prompts() {
        return prompts;
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    /** Lists the prompts of a topic (null clears the list). */
    public void selectTopic(TopicStat topic) {
        prompts.selectTopic(topic);
    }
}
