package io.hydrascope.ui.evidence;

import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Evidence page: every annotation of the case in one table, filterable by kind and tag, with edit and remove;
 * double-click or Enter opens the annotated item where it is shown. Binds to {@link EvidenceViewModel}.
 */
public final class EvidenceView extends VBox {
    private final EvidenceViewModel vm;
    private final TableView<EvidenceItem> table;

    public EvidenceView(EvidenceViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.PAGE);
        setSpacing(8);
        table = table();
        Label note = new Label();
        note.textProperty().bind(vm.noteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        note.setWrapText(true);
        table.setPlaceholder(note);
        Label hint = new Label("Double-click or Enter opens the item · right-click for edit and remove · "
                + "prompt excerpts are shown as plain text");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(0);
        VBox card = new VBox(6, table, hint);
        card.getStyleClass().add(Styles.CARD);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(card, Priority.ALWAYS);
        getChildren().addAll(toolbar(), card);
        vm.workspace().zoneProperty().addListener((o, a, b) -> table.refresh());
    }

    private HBox toolbar() {
        Label title = new Label("Evidence");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        ComboBox<String> kind = new ComboBox<>(vm.kindChoices());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setAccessibleText("Kind of item");
        kind.setId("evidence-kind");
        ComboBox<String> tag = new ComboBox<>(vm.tagChoices());
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        tag.setAccessibleText("Tag");
        tag.setId("evidence-tag");
        Button caseNote = new Button("Note on the case…");
        caseNote.setOnAction(e -> vm.addCaseNote());
        Button edit = new Button("Edit note…");
        edit.setOnAction(e -> vm.editNote(selected()));
        Button retag = new Button("Change tag…");
        retag.setOnAction(e -> vm.editTag(selected()));
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove the selected annotation (Delete)"));
        remove.setOnAction(e -> vm.remove(selected()));
        for (Button b : new Button[] {edit, retag, remove}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, new Label("Show"), kind, tag, caseNote, edit, retag, remove);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private TableView<EvidenceItem> table() {
        TableView<EvidenceItem> t = new TableView<>(vm.items());
        t.setId("evidence-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(text("Kind", 90, EvidenceItem::kind));
        t.getColumns().add(text("Item", 170, EvidenceItem::item));
        t.getColumns().add(text("Tag / bookmark", 150, EvidenceItem::what));
        t.getColumns().add(text("Note", 220, i -> i.annotation().note() == null ? ""
                : i.annotation().note().replace('\n', ' ')));
        t.getColumns().add(text("Account", 140, i -> i.accountId() == null ? "" : i.accountId()));
        t.getColumns().add(text("Time", 178, i -> i.timestampMicros() == null ? ""
                : TimeFormats.precise(i.timestampMicros(), zone())));
        t.getColumns().add(text("Prompt excerpt", 320, i -> i.excerpt() == null ? "" : i.excerpt()));
        t.getColumns().add(text("Added", 150, i -> TimeFormats.dateTime(i.annotation().createdAt().toEpochMilli()
                * 1000, zone()).substring(0, 16) + (i.annotation().author() == null ? ""
                : " · " + i.annotation().author())));
        t.setRowFactory(v -> {
            TableRow<EvidenceItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(selected());
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.remove(selected());
            }
        });
        MenuItem open = new MenuItem("Open");
        open.setOnAction(e -> vm.open(selected()));
        MenuItem edit = new MenuItem("Edit note…");
        edit.setOnAction(e -> vm.editNote(selected()));
        MenuItem retag = new MenuItem("Change tag…");
        retag.setOnAction(e -> vm.editTag(selected()));
        MenuItem remove = new MenuItem("Remove");
        remove.setOnAction(e -> vm.remove(selected()));
        t.setContextMenu(new ContextMenu(open, edit, retag, remove));
        return t;
    }

    private EvidenceItem selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private ZoneId zone() {
        return vm.workspace().zone();
    }

    private static TableColumn<EvidenceItem, String> text(String title, double width,
                                                         Function<EvidenceItem, String> value) {
        TableColumn<EvidenceItem, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // long notes and excerpts are cut in the cell; the tooltip shows them whole (as plain text)
                setTooltip(empty || text == null || text.length() < 30 ? null : new Tooltip(text));
            }
        });
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 90));
        return col;
    }
}
