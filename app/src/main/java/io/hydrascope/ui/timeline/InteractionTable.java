package io.hydrascope.ui.timeline;

import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.ui.core.ModelPalette;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.TagMenu;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;

/**
 * Interactions in time order: time (in the workspace's zone, to the millisecond), model, conversation and turn,
 * topic and chain-of-thought flag from the analysis, tokens, IP and the start of the prompt.
 */
final class InteractionTable extends TableView<InteractionRow> {
    InteractionTable(ObservableList<InteractionRow> rows, ObservableMap<Long, InteractionTopic> topics,
                     WorkspaceState workspace, boolean showAccount, AnnotationActions actions) {
        super(rows);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<InteractionRow, String> time = text("Time", 178,
                r -> TimeFormats.precise(r.timestampMicros(), workspace.zone()));
        getColumns().add(time);
        TableColumn<InteractionRow, String> tags = text("Tags", 96, r -> TagMenu.tagText(workspace.annotations(),
                AnnotationTarget.INTERACTION, r.requestId()));
        tags.setMinWidth(60);
        getColumns().add(tags);
        if (showAccount) {
            getColumns().add(text("Account", 120, InteractionRow::accountId));
        }
        TableColumn<InteractionRow, String> model = text("Model", 118, r -> ModelPalette.label(r.model()));
        model.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                InteractionRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : value);
                setGraphic(row == null ? null : new Circle(5, workspace.palette().colour(row.model())));
            }
        });
        getColumns().add(model);
        getColumns().add(text("Conversation", 110, r -> r.conversationId() == null ? "" : r.conversationId()));
        TableColumn<InteractionRow, String> turn = text("Turn", 52, r -> r.turn() == null ? "" : r.turn().toString());
        turn.getStyleClass().add(Styles.NUMERIC);
        getColumns().add(turn);
        getColumns().add(text("Topic", 150, r -> topics.containsKey(r.id()) ? topics.get(r.id()).label() : "—"));
        getColumns().add(text("CoT", 50, r -> topics.containsKey(r.id())
                ? (topics.get(r.id()).chainOfThought() ? "yes" : "") : "—"));
        TableColumn<InteractionRow, String> tokens = text("Tokens in/out", 112, r -> (r.inputTokens() == null ? "?"
                : TimeFormats.count(r.inputTokens())) + " / " + (r.outputTokens() == null ? "?"
                : TimeFormats.count(r.outputTokens())));
        tokens.getStyleClass().add(Styles.NUMERIC);
        getColumns().add(tokens);
        getColumns().add(text("IP", 120, r -> r.ip() == null ? "" : r.ip()));
        getColumns().add(text("Prompt", 300, r -> r.promptPreview() == null ? "" : r.promptPreview()
                .replace('\n', ' ') + (r.promptLength() > r.promptPreview().length() ? "…" : "")));
        topics.addListener((javafx.collections.MapChangeListener<Long, InteractionTopic>) c -> refresh());
        workspace.zoneProperty().addListener((o, a, b) -> refresh());
        workspace.annotations().versionProperty().addListener((o, a, b) -> refresh());
        setContextMenu(TagMenu.contextMenu(actions, this::selectedItem));
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> TagMenu.handleKey(actions, selectedItem(), e));
    }

    /** The selected interaction as an annotation target, or null. */
    TagMenu.Item selectedItem() {
        InteractionRow r = getSelectionModel().getSelectedItem();
        return r == null ? null : new TagMenu.Item(AnnotationTarget.INTERACTION, r.requestId());
    }

    private static TableColumn<InteractionRow, String> text(String title, double width,
                                                           Function<InteractionRow, String> value) {
        TableColumn<InteractionRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(width); // never squeezed into "…": the table scrolls sideways instead
        col.setSortable(false);
        return col;
    }
}
