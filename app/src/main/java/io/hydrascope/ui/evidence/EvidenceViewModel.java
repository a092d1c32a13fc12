package io.hydrascope.ui.evidence;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.NetworkName;
import io.hydrascope.model.TimeRange;
import io.hydrascope.store.EvidenceQueries;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Everything analysts wrote on the case: case notes, tagged clusters and accounts, bookmarked interactions with
 * their prompt excerpt, time and account. Filterable by kind and tag; opening an item selects it and brings the
 * page that shows it to the front. Follows {@link io.hydrascope.ui.core.CaseAnnotations}. FX thread only.
 */
public final class EvidenceViewModel {
    public static final String ALL_KINDS = "All kinds";
    public static final String ALL = "Everything";
    public static final String BOOKMARKS = "Bookmarked evidence";
    public static final String NOTES = "Notes";
    static final String EMPTY = "Nothing annotated yet. Tag or bookmark items from the Overview and the timelines "
            + "(right-click, or the keys C, F, R, B, N), or add a note on the case.";
    /** Around a bookmarked interaction, the account timeline shows this much either side. */
    static final long CONTEXT_MICROS = 3_600_000_000L;

    private final WorkspaceState workspace;
    private final AnnotationActions actions;
    private final AnalysisResultsSource results;
    private final QuerySlot detailSlot;
    private final QuerySlot openSlot;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final FilteredList<EvidenceItem> shown = new FilteredList<>(items);
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList(ALL, BOOKMARKS, NOTES);
    private final StringProperty kind = new SimpleStringProperty(this, "kind", ALL_KINDS);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", ALL);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", EMPTY);

    public EvidenceViewModel(WorkspaceState workspace, TaskRunner tasks, AnnotationActions actions,
                             AnalysisResultsSource results) {
        this.workspace = workspace;
        this.actions = actions;
        this.results = results;
        this.detailSlot = new QuerySlot(tasks, workspace, "Reading bookmarked interactions");
        this.openSlot = new QuerySlot(tasks, workspace, "Opening annotated item");
        workspace.annotations().versionProperty().addListener((o, a, b) -> rebuild());
        kind.addListener((o, a, b) -> applyFilter());
        tag.addListener((o, a, b) -> applyFilter());
        rebuild();
    }

    private void rebuild() {
        List<Annotation> all = new ArrayList<>(workspace.annotations().all());
        all.sort((a, b) -> Integer.compare(order(a.target()), order(b.target())));
        List<EvidenceItem> list = all.stream().map(a -> new EvidenceItem(a, null, null, null)).toList();
        items.setAll(list);
        List<String> choices = new ArrayList<>(List.of(ALL, BOOKMARKS, NOTES));
        choices.addAll(workspace.annotations().knownTags());
        tagChoices.setAll(choices);
        if (!choices.contains(tag.get())) {
            tag.set(ALL);
        }
        applyFilter();
        List<String> requestIds = list.stream().filter(i -> i.annotation().target() == AnnotationTarget.INTERACTION)
                .map(i -> i.annotation().targetId()).distinct().toList();
        if (requestIds.isEmpty()) {
            return;
        }
        detailSlot.run((c, p, cancel) -> new EvidenceQueries(c.reader()).byRequestIds(requestIds), rows -> {
            Map<String, EvidenceQueries.InteractionRow> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.requestId(), r));
            items.replaceAll(i -> {
                EvidenceQueries.InteractionRow r = i.annotation().target() == AnnotationTarget.INTERACTION
                        ? byId.get(i.annotation().targetId()) : null;
                return r == null ? i : i.withInteraction(r.accountId(), r.ts(), r.prompt());
            });
        }, e -> note.set("Cannot read the bookmarked interactions: " + DialogService.describe(e)));
    }

    private static int order(AnnotationTarget t) {
        return switch (t) {
            case CASE -> 0;
            case CLUSTER -> 1;
            case ACCOUNT -> 2;
            case INTERACTION -> 3;
        };
    }

    private void applyFilter() {
        String k = kind.get();
        String t = tag.get();
        shown.setPredicate(i -> (k == null || ALL_KINDS.equals(k) || k.equals(i.kind())) && matchesTag(i, t));
        note.set(items.isEmpty() ? EMPTY : shown.isEmpty() ? "No annotation matches these filters." : "");
    }

    private static boolean matchesTag(EvidenceItem i, String t) {
        if (t == null || ALL.equals(t)) {
            return true;
        }
        if (BOOKMARKS.equals(t)) {
            return i.annotation().bookmarked();
        }
        if (NOTES.equals(t)) {
            return i.annotation().note() != null;
        }
        return t.equals(i.annotation().tag());
    }

    /** Selects the item in the workspace and brings the page that shows it to the front. */
    public void open(EvidenceItem item) {
        if (item == null) {
            return;
        }
        Annotation a = item.annotation();
        switch (a.target()) {
            case CASE -> workspace.activePageProperty().set(Pages.OVERVIEW);
            case ACCOUNT -> workspace.openAccount(a.targetId());
            case CLUSTER -> openSlot.run((c, p, cancel) -> results.clusterAccounts(c.reader(), a.targetId()),
                    accounts -> workspace.openCluster(new ClusterSelection(a.targetId(), NetworkName.of(a.targetId())
                            + " (" + accounts.size() + " accounts)", accounts)),
                    e -> note.set("Cannot open " + NetworkName.of(a.targetId()) + ": " + DialogService.describe(e)));
            case INTERACTION -> openInteraction(item);
        }
    }

    private void openInteraction(EvidenceItem item) {
        if (item.accountId() == null) {
            note.set("Request " + item.annotation().targetId() + " is not in this case.");
            return;
        }
        showInteraction(workspace, item.annotation().targetId(), item.accountId(), item.timestampMicros());
    }

    /** Opens an account's timeline around one of its interactions, with that interaction selected. */
    static void showInteraction(WorkspaceState workspace, String requestId, String accountId, long ts) {
        workspace.selectedInteractionProperty().set(requestId);
        workspace.brushedRangeProperty().set(new TimeRange(ts - CONTEXT_MICROS, ts + CONTEXT_MICROS));
        if (Objects.equals(workspace.selectedAccountProperty().get(), accountId)) {
            workspace.selectedAccountProperty().set(null); // reload even when the account is already shown
        }
        workspace.openAccount(accountId);
    }

    public void addCaseNote() {
        actions.askNote(AnnotationTarget.CASE, AnnotationTarget.CASE_ID);
    }

    public void editNote(EvidenceItem item) {
        if (item != null) {
            actions.editNote(item.annotation());
        }
    }

    public void editTag(EvidenceItem item) {
        if (item != null) {
            actions.editTag(item.annotation());
        }
    }

    public void remove(EvidenceItem item) {
        if (item != null) {
            actions.remove(item.annotation());
        }
    }

    public ObservableList<EvidenceItem> items() {
        return shown;
    }

    public ObservableList<String> kindChoices() {
        return FXCollections.observableArrayList(ALL_KINDS, "Case", "Network", "Account", "Interaction");
    }

    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
