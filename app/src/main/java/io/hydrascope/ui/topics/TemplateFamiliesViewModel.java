package io.hydrascope.ui.topics;

import io.hydrascope.analysis.FillVocabulary;
import io.hydrascope.model.FamilyAccount;
import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.store.FamilyQueries;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.PageGate;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Template families (near-duplicate prompt groups) used in the topics page's scope, the accounts using the selected
 * family anywhere in the case, and example prompts of it in the scope. Honours the workspace filter; reads run on
 * reader threads. FX thread only.
 */
public final class TemplateFamiliesViewModel {
    static final int FAMILIES = 500;
    static final int ACCOUNTS = 1000;
    static final int EXAMPLES = 30;
    /** Prompts read to count a family's fill vocabulary, and how much of each. */
    static final int FILL_PROMPTS = 300;
    static final int FILL_CHARS = 4000;
    static final String NO_FAMILIES = "No template families here — prompts in this scope are not near-duplicates";
    static final String PICK_FAMILY = "Select a family to see its accounts and examples";

    private final WorkspaceState workspace;
    private final ReadOnlyObjectProperty<InteractionScope> scope;
    private final QuerySlot familiesSlot;
    private final QuerySlot detailSlot;
    private final PageGate gate;
    private final ReadOnlyObjectWrapper<FamilyUsage> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper detailNote = new ReadOnlyStringWrapper(this, "detailNote", PICK_FAMILY);
    private final ReadOnlyStringWrapper fills = new ReadOnlyStringWrapper(this, "fills", "");
    private final ObservableList<FamilyUsage> families = FXCollections.observableArrayList();
    private final ObservableList<FamilyAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<PromptRow> examples = FXCollections.observableArrayList();

    private record Detail(List<FamilyAccount> accounts, List<PromptRow> examples, FillVocabulary fills) {
    }

    /** @param scope the scope the topics page shows (null when nothing is selected for it) */
    public TemplateFamiliesViewModel(WorkspaceState workspace, TaskRunner tasks,
                                     ReadOnlyObjectProperty<InteractionScope> scope) {
        this.workspace = workspace;
        this.scope = scope;
        this.familiesSlot = new QuerySlot(tasks, workspace, "Reading template families", true);
        this.detailSlot = new QuerySlot(tasks, workspace, "Reading a template family");
        this.gate = new PageGate(workspace, Pages.TOPICS, this::reload);
        workspace.dataVersionProperty().addListener((o, a, b) -> gate.request());
        workspace.filterProperty().addListener((o, a, b) -> gate.request());
        scope.addListener((o, a, b) -> gate.request());
        gate.request();
    }

    public void reload() {
        InteractionScope current = scope.get();
        if (workspace.openCase() == null || current == null) {
            familiesSlot.cancel();
            families.clear();
            select(null);
            note.set(workspace.openCase() == null ? "" : "Nothing selected for this scope");
            return;
        }
        InteractionCriteria filter = Filters.of(workspace.filter());
        note.set("Reading template families…");
        familiesSlot.run((c, p, cancel) -> new FamilyQueries(c.reader()).families(current, filter, FAMILIES), list -> {
            families.setAll(list);
            note.set(list.isEmpty() ? NO_FAMILIES : "");
            FamilyUsage was = selected.get();
            select(was == null ? null : list.stream().filter(f -> f.familyId() == was.familyId()).findFirst()
                    .orElse(null));
        }, e -> {
            families.clear();
            note.set("Cannot read template families: " + DialogService.describe(e));
        });
    }

    /** Shows the family's accounts and examples (null clears them). */
    public void select(FamilyUsage family) {
        selected.set(family);
        InteractionScope current = scope.get();
        if (family == null || current == null) {
            detailSlot.cancel();
            accounts.clear();
            examples.clear();
            fills.set("");
            detailNote.set(PICK_FAMILY);
            return;
        }
        InteractionCriteria filter = Filters.of(workspace.filter());
        detailNote.set("Reading family…");
        fills.set("");
        detailSlot.run((c, p, cancel) -> {
            FamilyQueries q = new FamilyQueries(c.reader());
            List<String> texts = q.promptTexts(family.familyId(), current, filter, FILL_PROMPTS, FILL_CHARS);
            return new Detail(q.accounts(family.familyId(), filter, ACCOUNTS),
                    q.examples(family.familyId(), current, filter, EXAMPLES),
                    FillVocabulary.of(family.skeleton(), texts, 6));
        }, d -> {
            accounts.setAll(d.accounts());
            examples.setAll(d.examples());
            fills.set(d.fills().summary().isEmpty() ? "" : "Fill vocabulary here: " + d.fills().summary());
            detailNote.set("");
        }, e -> detailNote.set("Cannot read the family: " + DialogService.describe(e)));
    }

    /** Selects the account in every view. */
    public void selectAccount(FamilyAccount account) {
        if (account != null) {
            workspace.selectedAccountProperty().set(account.accountId());
        }
    }

    /** Opens the account's timeline. */
    public void openAccount(FamilyAccount account) {
        if (account != null) {
            workspace.openAccount(account.accountId());
        }
    }

    /** Selects the example's interaction and account in every view. */
    public void selectExample(PromptRow row) {
        if (row != null) {
            workspace.selectedInteractionProperty().set(row.requestId());
            workspace.selectedAccountProperty().set(row.accountId());
        }
    }

    public ObservableList<FamilyUsage> families() {
        return families;
    }

    public ObservableList<FamilyAccount> accounts() {
        return accounts;
    }

    public ObservableList<PromptRow> examples() {
        return examples;
    }

    public ReadOnlyObjectProperty<FamilyUsage> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What fills the selected family's slots in this scope, in one line ("" when nothing is selected). */
    public ReadOnlyStringProperty fillsProperty() {
        return fills.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailNoteProperty() {
        return detailNote.getReadOnlyProperty();
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
