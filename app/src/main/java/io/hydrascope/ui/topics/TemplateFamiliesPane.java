package io.hydrascope.ui.topics;

import static io.hydrascope.ui.core.TextColumns.fixedText;

import io.hydrascope.model.FamilyAccount;
import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.PromptRow;
import io.hydrascope.report.ReportText;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * Template families of the scope (skeleton, use, reach, first and last seen); for the selected one its skeleton with
 * shared words and slots told apart, the accounts using it (click selects, double-click opens the timeline) and
 * example prompts with the skeleton highlighted (click selects the interaction).
 */
final class TemplateFamiliesPane extends SplitPane {
    private final TemplateFamiliesViewModel vm;
    private final VBox skeletonBox = new VBox();

    TemplateFamiliesPane(TemplateFamiliesViewModel vm) {
        this.vm = vm;
        WorkspaceState ws = vm.workspace();
        TableView<FamilyUsage> families = new TableView<>(vm.families());
        families.setId("family-table");
        families.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        families.getColumns().add(fixedText("Family", 56, f -> "#" + f.familyId()));
        TableColumn<FamilyUsage, String> skeleton = fixedText("Skeleton", 260, f -> ReportText.oneLine(f.skeleton()));
        skeleton.setMinWidth(200);
        families.getColumns().add(skeleton);
        families.getColumns().add(fixedText("Prompts", 70, f -> TimeFormats.count(f.interactions())));
        families.getColumns().add(fixedText("Accounts", 76, f -> TimeFormats.count(f.accounts())));
        families.getColumns().add(fixedText("First seen", 124, f -> minutes(f.firstMicros(), ws)));
        families.getColumns().add(fixedText("Last seen", 124, f -> minutes(f.lastMicros(), ws)));
        families.getColumns().add(fixedText("In the whole case", 140, f -> TimeFormats.count(f.caseInteractions())
                + " by " + TimeFormats.count(f.caseAccounts())));
        families.setPlaceholder(note(vm.noteProperty()));
        families.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));

        TableView<FamilyAccount> accounts = new TableView<>(vm.accounts());
        accounts.setId("family-accounts");
        accounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accounts.getColumns().add(fixedText("Account", 150, a -> ReportText.oneLine(a.accountId())));
        accounts.getColumns().add(fixedText("Prompts", 70, a -> TimeFormats.count(a.interactions())));
        accounts.getColumns().add(fixedText("Risk", 90, a -> a.risk() == null ? "—" : String.format(Locale.ROOT,
                "%.2f%s", a.risk(), a.flagged() ? " flagged" : "")));
        accounts.getColumns().add(fixedText("First use", 124, a -> minutes(a.firstMicros(), ws)));
        accounts.getColumns().add(fixedText("Last use", 124, a -> minutes(a.lastMicros(), ws)));
        accounts.setPlaceholder(note(vm.detailNoteProperty()));
        accounts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectAccount(b));
        accounts.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openAccount(accounts.getSelectionModel().getSelectedItem());
            }
        });

        ListView<PromptRow> examples = new ListView<>(vm.examples());
        examples.setId("family-examples");
        examples.setCellFactory(l -> new ExampleCell(examples));
        examples.setPlaceholder(note(vm.detailNoteProperty()));
        examples.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectExample(b));

        vm.selectedProperty().addListener((o, a, b) -> showSkeleton(b));
        showSkeleton(null);
        VBox left = Cards.card("Template families in this scope", families,
                muted("Near-duplicate prompts: the same skeleton with slots filled in. Select one."));
        VBox.setVgrow(families, Priority.ALWAYS);
        VBox accountsCard = Cards.card("Accounts using it (whole case)", accounts,
                muted("Click selects the account in every view; double-click opens its timeline."));
        VBox.setVgrow(accounts, Priority.ALWAYS);
        Label fills = new Label();
        fills.setId("family-fills");
        fills.textProperty().bind(vm.fillsProperty());
        fills.setWrapText(true);
        fills.setMinHeight(Label.USE_PREF_SIZE);
        fills.visibleProperty().bind(vm.fillsProperty().isNotEmpty());
        fills.managedProperty().bind(fills.visibleProperty());
        VBox examplesCard = Cards.card("Examples", skeletonBox, fills, examples);
        VBox.setVgrow(examples, Priority.ALWAYS);
        SplitPane right = new SplitPane(accountsCard, examplesCard);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.4);
        getItems().addAll(left, right);
        setDividerPositions(0.58);
    }

    private void showSkeleton(FamilyUsage family) {
        if (family == null) {
            skeletonBox.getChildren().setAll(muted("Shared words in bold, slots in colour."));
            return;
        }
        TextFlow flow = SkeletonText.skeleton(family.skeleton());
        flow.setId("family-skeleton");
        skeletonBox.getChildren().setAll(muted("Skeleton of family #" + family.familyId()
                + " — shared words in bold, slots {…} in colour:"), flow);
    }

    private static String minutes(long micros, WorkspaceState ws) {
        return TimeFormats.dateTime(micros, ws.zone()).substring(0, 16);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label note(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(Styles.EMPTY_NOTE);
        l.setWrapText(true);
        return l;
    }

    /** One example: who and when, then the prompt with the family's skeleton highlighted. */
    private final class ExampleCell extends ListCell<PromptRow> {
        private final Label who = new Label();
        private final TextFlow text = new TextFlow();
        private final VBox box = new VBox(2, who, text);

        ExampleCell(ListView<PromptRow> list) {
            who.getStyleClass().add(Styles.MUTED);
            text.prefWidthProperty().bind(list.widthProperty().subtract(40));
            text.maxWidthProperty().bind(list.widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(PromptRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            FamilyUsage family = vm.selectedProperty().get();
            if (empty || r == null || family == null) {
                setGraphic(null);
                return;
            }
            who.setText(TimeFormats.dateTime(r.timestampMicros(), vm.workspace().zone()) + " · "
                    + ReportText.oneLine(r.accountId()));
            text.getChildren().setAll(SkeletonText.prompt(PromptTable.preview(r), family.skeleton()));
            setGraphic(box);
        }
    }
}
