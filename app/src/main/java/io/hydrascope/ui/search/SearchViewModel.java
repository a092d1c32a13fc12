package io.hydrascope.ui.search;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.SearchIndexStatus;
import io.hydrascope.store.PromptSearch;
import io.hydrascope.store.SearchQueryException;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.topics.Filters;
import io.hydrascope.ui.core.PageGate;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Full-text search over the case's prompts: plain words or FTS5 query syntax, the workspace filter applied, best
 * matches first with the matched words marked. Says how far the search index is while it is being built and
 * searches again when it becomes ready. Selecting a hit selects its interaction and account in every view and reads
 * the whole prompt with every match marked. Reads run on reader threads. FX thread only.
 */
public final class SearchViewModel {
    static final int LIMIT = 500;
    static final String TYPE_WORDS = "Type words to search every prompt in the case";

    private final WorkspaceState workspace;
    private final QuerySlot searchSlot;
    private final QuerySlot statusSlot;
    private final QuerySlot detailSlot;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty syntax = new SimpleBooleanProperty(this, "syntax");
    private final ReadOnlyStringWrapper resultNote = new ReadOnlyStringWrapper(this, "resultNote", TYPE_WORDS);
    private final ReadOnlyBooleanWrapper queryError = new ReadOnlyBooleanWrapper(this, "queryError");
    private final ReadOnlyStringWrapper indexNote = new ReadOnlyStringWrapper(this, "indexNote", "");
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper(this, "indexReady", true);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ObservableList<PromptRow> hits = FXCollections.observableArrayList();
    private final PageGate gate;
    private String lastQuery = "";
    private boolean lastSyntax;

    public SearchViewModel(WorkspaceState workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.searchSlot = new QuerySlot(tasks, workspace, "Searching prompts", true);
        this.statusSlot = new QuerySlot(tasks, workspace, "Checking the search index");
        this.detailSlot = new QuerySlot(tasks, workspace, "Reading a prompt");
        this.gate = new PageGate(workspace, Pages.SEARCH, this::refreshIndexStatus);
        workspace.openCaseProperty().addListener((o, a, b) -> {
            hits.clear();
            detail.set("");
            lastQuery = "";
            resultNote.set(TYPE_WORDS);
            gate.request();
        });
        workspace.searchReadyProperty().addListener((o, a, b) -> {
            refreshIndexStatus();
            rerun();
        });
        workspace.dataVersionProperty().addListener((o, a, b) -> gate.request());
        workspace.filterProperty().addListener((o, a, b) -> rerun());
        gate.request();
    }

    /** Searches for the current query text. */
    public void search() {
        lastQuery = query.get() == null ? "" : query.get().strip();
        lastSyntax = syntax.get();
        rerun();
    }

    private void rerun() {
        detail.set("");
        if (lastQuery.isEmpty() || workspace.openCase() == null) {
            searchSlot.cancel();
            hits.clear();
            queryError.set(false);
            resultNote.set(TYPE_WORDS);
            return;
        }
        String text = lastQuery;
        boolean asSyntax = lastSyntax;
        InteractionCriteria filter = Filters.of(workspace.filter());
        resultNote.set("Searching…");
        queryError.set(false);
        searchSlot.run((c, p, cancel) -> new PromptSearch(c.reader()).search(text, asSyntax, filter, LIMIT), r -> {
            hits.setAll(r.hits());
            resultNote.set(describe(r, text));
        }, e -> {
            hits.clear();
            queryError.set(e instanceof SearchQueryException);
            resultNote.set(e instanceof SearchQueryException ? e.getMessage()
                    : "Search failed: " + DialogService.describe(e));
        });
    }

    private String describe(PromptSearch.Result r, String text) {
        String filtered = workspace.filter().isEmpty() ? "" : " within the filter";
        if (r.hits().isEmpty()) {
            return "No prompt matches \"" + text + "\"" + filtered + (indexReady.get() ? ""
                    : " in the part indexed so far");
        }
        return (r.matches() > r.hits().size() ? "Best " + TimeFormats.count(r.hits().size()) + " of "
                : "") + TimeFormats.count(r.matches()) + (r.matches() == 1 ? " prompt matches" : " prompts match")
                + filtered + (indexReady.get() ? "" : " (so far: the index is still being built)");
    }

    /** Reads how far the search index is; the page calls this every few seconds while it is not ready. */
    public void refreshIndexStatus() {
        if (workspace.openCase() == null) {
            statusSlot.cancel();
            indexReady.set(true);
            indexNote.set("");
            return;
        }
        statusSlot.run((c, p, cancel) -> new PromptSearch(c.reader()).status(), this::showStatus,
                e -> indexNote.set("Cannot read the search index: " + DialogService.describe(e)));
    }

    private void showStatus(SearchIndexStatus status) {
        boolean wasReady = indexReady.get();
        indexReady.set(status.ready());
        indexNote.set(status.ready() ? "" : String.format(Locale.ROOT, "The search index is still being built: "
                + "%.0f%% of the prompts indexed so far. Searching now finds matches in that part only; results "
                + "refresh by themselves when it is ready.", 100 * status.fraction()));
        if (status.ready() && !wasReady) {
            rerun();
        }
    }

    /** Selects the hit's interaction and account everywhere and reads its whole prompt with the matches marked. */
    public void select(PromptRow hit) {
        if (hit == null) {
            return;
        }
        workspace.selectedInteractionProperty().set(hit.requestId());
        workspace.selectedAccountProperty().set(hit.accountId());
        String text = lastQuery;
        boolean asSyntax = lastSyntax;
        detail.set(hit.preview());
        detailSlot.run((c, p, cancel) -> new PromptSearch(c.reader()).highlighted(text, asSyntax,
                hit.interactionId()), detail::set, e -> detail.set("Cannot read the prompt: "
                + DialogService.describe(e)));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Whether the query is FTS5 syntax (AND, OR, NOT, "phrases", prefix*, NEAR) rather than plain words. */
    public BooleanProperty syntaxProperty() {
        return syntax;
    }

    public ObservableList<PromptRow> hits() {
        return hits;
    }

    /** How many matched, or why nothing did (a query the index cannot understand is explained here). */
    public ReadOnlyStringProperty resultNoteProperty() {
        return resultNote.getReadOnlyProperty();
    }

    /** True when the result note explains a malformed query. */
    public ReadOnlyBooleanProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /** "" when the index is complete; else how far it is. */
    public ReadOnlyStringProperty indexNoteProperty() {
        return indexNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexReadyProperty() {
        return indexReady.getReadOnlyProperty();
    }

    /** The selected hit's whole prompt with matches marked (see {@link MarkedText}). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
