package io.hydrascope.ui.topics;

import static io.hydrascope.ui.core.TextColumns.fixedText;

import io.hydrascope.model.PromptRow;
import io.hydrascope.report.ReportText;
import io.hydrascope.ui.core.ModelPalette;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * Prompts in a table: time, account, model, topic, chain-of-thought flag and the start of the prompt (logged text,
 * shown as plain text on one line). Selecting a row calls back; the search page puts its own prompt cell in.
 */
public final class PromptTable extends TableView<PromptRow> {
    public PromptTable(ObservableList<PromptRow> rows, WorkspaceState workspace, Consumer<PromptRow> onSelect,
                       Callback<TableColumn<PromptRow, PromptRow>, TableCell<PromptRow, PromptRow>> promptCell) {
        super(rows);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(fixedText("Time", 138, r -> TimeFormats.dateTime(r.timestampMicros(), workspace.zone())
                .substring(0, 16)));
        getColumns().add(fixedText("Account", 140, r -> ReportText.oneLine(r.accountId())));
        getColumns().add(fixedText("Model", 80, r -> ModelPalette.label(ReportText.oneLine(r.model()))));
        getColumns().add(fixedText("Topic", 118, r -> r.topic() == null ? "—" : r.topic()));
        getColumns().add(fixedText("CoT", 44, r -> r.chainOfThought() ? "yes" : ""));
        TableColumn<PromptRow, PromptRow> prompt = new TableColumn<>("Prompt");
        prompt.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        prompt.setCellFactory(promptCell != null ? promptCell : c -> new TableCell<>() {
            @Override
            protected void updateItem(PromptRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : preview(r));
            }
        });
        prompt.setPrefWidth(420);
        prompt.setMinWidth(200);
        prompt.setSortable(false);
        getColumns().add(prompt);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
        workspace.zoneProperty().addListener((o, a, b) -> refresh());
    }

    /** The start of the prompt on one line, with "…" when there is more. */
    public static String preview(PromptRow r) {
        String text = ReportText.oneLine(r.preview());
        return r.promptLength() > r.preview().length() ? text + "…" : text;
    }
}
