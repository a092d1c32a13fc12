package io.hydrascope.ui.timeline;

import io.hydrascope.model.InteractionFilter;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.store.ClusterLaneRepository;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The interactions table under the swim lanes: a cluster's interactions in the brushed range or the window. */
public final class ClusterInteractions {
    static final int LIMIT = 1000;

    private record Page(List<InteractionRow> rows, long total, Map<Long, InteractionTopic> topics) {
    }

    private final WorkspaceState workspace;
    private final AnalysisResultsSource results;
    private final QuerySlot slot;
    private final ObservableList<InteractionRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<Long, InteractionTopic> topics = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    ClusterInteractions(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results) {
        this.workspace = workspace;
        this.results = results;
        this.slot = new QuerySlot(tasks, workspace, "Listing cluster interactions");
    }

    void load(List<String> accounts, TimeRange range, InteractionFilter filter, boolean brushed, long delayMillis) {
        note.set("Listing interactions…");
        slot.run(delayMillis, (c, p, cancel) -> {
            ClusterLaneRepository repo = new ClusterLaneRepository(c.reader());
            List<InteractionRow> page = repo.interactions(accounts, range, filter, LIMIT);
            return new Page(page, page.size() < LIMIT ? page.size() : repo.count(accounts, range, filter),
                    results.interactionTopics(c.reader(), page.stream().map(InteractionRow::id).toList()));
        }, page -> {
            topics.clear();
            topics.putAll(page.topics());
            rows.setAll(page.rows());
            String where = (brushed ? "selected range " : "") + TimeFormats.dateTime(range.fromMicros(),
                    workspace.zone()) + " – " + TimeFormats.dateTime(range.toMicros(), workspace.zone());
            note.set(TimeFormats.count(page.total()) + (filter.isEmpty() ? "" : " filtered") + " interactions in "
                    + where
                    + (page.total() > page.rows().size() ? "; showing the first " + TimeFormats.count(page.rows()
                    .size()) + " (select a narrower range to see the others)" : ""));
        }, e -> note.set("Cannot list interactions: " + DialogService.describe(e)));
    }

    void clear() {
        slot.cancel();
        rows.clear();
        topics.clear();
        note.set("");
    }

    public ObservableList<InteractionRow> rows() {
        return rows;
    }

    public ObservableMap<Long, InteractionTopic> topics() {
        return topics;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
