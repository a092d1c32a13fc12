package io.hydrascope.ui.topics;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.TopicStat;
import io.hydrascope.store.TopicQueries;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The prompts of one topic in the topics page's scope, a page at a time (oldest first), and the full text of the
 * selected one. Selecting a prompt selects its interaction and account in every view. FX thread only.
 */
public final class TopicPrompts {
    static final int PAGE = 200;
    static final String PICK_TOPIC = "Click a topic to list its prompts";

    private final WorkspaceState workspace;
    private final QuerySlot pageSlot;
    private final QuerySlot textSlot;
    private final ReadOnlyObjectWrapper<TopicStat> topic = new ReadOnlyObjectWrapper<>(this, "topic");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", PICK_TOPIC);
    private final ReadOnlyStringWrapper fullText = new ReadOnlyStringWrapper(this, "fullText", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ObservableList<PromptRow> rows = FXCollections.observableArrayList();
    private InteractionScope scope;
    private InteractionCriteria filter = InteractionCriteria.NONE;
    private int page;

    TopicPrompts(WorkspaceState workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.pageSlot = new QuerySlot(tasks, workspace, "Reading a topic's prompts");
        this.textSlot = new QuerySlot(tasks, workspace, "Reading a prompt");
    }

    /** The page's scope or its data changed: keeps the selected topic when the new breakdown still has it. */
    void show(InteractionScope newScope, List<TopicStat> topics, InteractionCriteria newFilter) {
        scope = newScope;
        filter = newFilter;
        TopicStat selected = topic.get();
        TopicStat again = selected == null ? null : topics.stream().filter(t -> t.topic().equals(selected.topic()))
                .findFirst().orElse(null);
        selectTopic(again);
    }

    void selectTopic(TopicStat stat) {
        topic.set(stat);
        page = 0;
        load();
    }

    public void nextPage() {
        if (hasNext.get()) {
            page++;
            load();
        }
    }

    public void previousPage() {
        if (page > 0) {
            page--;
            load();
        }
    }

    private void load() {
        TopicStat stat = topic.get();
        fullText.set("");
        if (stat == null || scope == null) {
            pageSlot.cancel();
            rows.clear();
            pageLabel.set("");
            hasPrevious.set(false);
            hasNext.set(false);
            note.set(PICK_TOPIC);
            return;
        }
        InteractionScope s = scope;
        InteractionCriteria f = filter;
        int offset = page * PAGE;
        note.set("Reading prompts…");
        pageSlot.run((c, p, cancel) -> new TopicQueries(c.reader()).prompts(s, f, stat.topic(), offset, PAGE),
                list -> {
                    rows.setAll(list);
                    long total = stat.interactions();
                    pageLabel.set(list.isEmpty() ? "" : String.format("%s–%s of %s %s prompts",
                            TimeFormats.count(offset + 1L), TimeFormats.count(offset + (long) list.size()),
                            TimeFormats.count(total), stat.topic()));
                    hasPrevious.set(page > 0);
                    hasNext.set(offset + list.size() < total);
                    note.set(list.isEmpty() ? "No prompts" : "");
                }, e -> {
                    rows.clear();
                    note.set("Cannot read prompts: " + DialogService.describe(e));
                });
    }

    /** Selects the prompt's interaction and account everywhere and reads its full text. */
    public void selectPrompt(PromptRow row) {
        if (row == null) {
            return;
        }
        workspace.selectedInteractionProperty().set(row.requestId());
        workspace.selectedAccountProperty().set(row.accountId());
        if (row.promptLength() <= row.preview().length()) {
            textSlot.cancel();
            fullText.set(row.preview());
            return;
        }
        fullText.set(row.preview() + "…");
        textSlot.run((c, p, cancel) -> new TopicQueries(c.reader()).fullPrompt(row.interactionId()), fullText::set,
                e -> fullText.set("Cannot read the prompt: " + DialogService.describe(e)));
    }

    public ReadOnlyObjectProperty<TopicStat> topicProperty() {
        return topic.getReadOnlyProperty();
    }

    public ObservableList<PromptRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The selected prompt's whole text (plain text from the logs). */
    public ReadOnlyStringProperty fullTextProperty() {
        return fullText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }
}
