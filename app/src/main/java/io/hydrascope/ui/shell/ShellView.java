package io.hydrascope.ui.shell;

import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.PulseGapProbe;
import io.hydrascope.ui.core.Styles;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The window's frame: menus, a header with the account look-up and the main actions, the pages as tabs (or the
 * start screen when no case is open), and a status area listing running tasks.
 */
public final class ShellView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final TextField accountLookup = new TextField();

    public ShellView(ShellViewModel vm, List<WorkbenchPage> pages, Node startView, Runnable openImport,
                     Runnable openExport, Runnable openSettings, ObservableList<Task<?>> runningTasks,
                     PulseGapProbe probe, DialogService dialogs, Runnable showAbout) {
        setTop(new VBox(MainMenu.create(vm, pages, openImport, openExport, openSettings, probe, dialogs, showAbout),
                header(vm, openImport, openExport)));
        for (WorkbenchPage page : pages) {
            Tab tab = new Tab(page.title(), page.view());
            tab.setId(page.id());
            tab.setClosable(false);
            tab.setTooltip(new Tooltip(page.title() + " (" + page.accelerator().getDisplayText() + ")"));
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null) {
                vm.workspace().activePageProperty().set(tab.getId());
            }
        });
        vm.workspace().activePageProperty().addListener((o, a, id) -> select(id));
        select(vm.workspace().activePageProperty().get());
        startView.visibleProperty().bind(vm.caseOpenBinding().not());
        tabs.visibleProperty().bind(vm.caseOpenBinding());
        setCenter(new StackPane(startView, tabs));
        setBottom(statusArea(vm.statusProperty(), runningTasks));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
                accountLookup.requestFocus();
                e.consume();
            }
        });
    }

    /** Adds a row under the header (the filter bar), above the pages. */
    public void addHeaderRow(Node row) {
        ((VBox) getTop()).getChildren().add(row);
    }

    private void select(String id) {
        tabs.getTabs().stream().filter(t -> t.getId().equals(id)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private HBox header(ShellViewModel vm, Runnable openImport, Runnable openExport) {
        Label caseName = new Label();
        caseName.textProperty().bind(vm.titleBinding());
        caseName.getStyleClass().add(Styles.SECTION_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        accountLookup.setPromptText("Go to account, IP, card, request (Ctrl+L)");
        accountLookup.setAccessibleText("Go to account, IP, payment fingerprint or request id");
        accountLookup.setTooltip(new Tooltip("Account id → its timeline; request id → the interaction in its "
                + "account's timeline; IP or payment fingerprint → the accounts that used it as swim lanes"));
        accountLookup.setId("jump-to");
        accountLookup.setPrefColumnCount(24);
        accountLookup.disableProperty().bind(vm.caseOpenBinding().not());
        accountLookup.setOnAction(e -> {
            vm.jumpTo(accountLookup.getText());
            accountLookup.clear();
        });
        TextFields.bindAutoCompletion(accountLookup, request -> vm.suggestAccounts(request.getUserText()))
                .setOnAutoCompleted(e -> {
                    vm.goToAccount(e.getCompletion());
                    accountLookup.clear();
                });
        Button importButton = new Button("Import…");
        importButton.setTooltip(new Tooltip("Import log files (Ctrl+I)"));
        importButton.setOnAction(e -> openImport.run());
        importButton.disableProperty().bind(vm.caseOpenBinding().not());
        Button exportButton = new Button("Export report…");
        exportButton.setTooltip(new Tooltip("Export a report: HTML, PDF, Markdown, STIX 2.1 or CSV (Ctrl+E)"));
        exportButton.setOnAction(e -> openExport.run());
        exportButton.disableProperty().bind(vm.caseOpenBinding().not());
        Button analyse = new Button("Analyse");
        analyse.getStyleClass().add(Styles.PRIMARY);
        analyse.setTooltip(new Tooltip("Run analysis (Ctrl+R)"));
        analyse.setOnAction(e -> vm.analyse());
        analyse.disableProperty().bind(vm.caseOpenBinding().not().or(vm.analysingProperty()));
        Label analysisState = new Label();
        analysisState.textProperty().bind(vm.lastAnalysisProperty());
        analysisState.getStyleClass().add(Styles.MUTED);
        Label jumpNote = new Label();
        jumpNote.setId("jump-note");
        jumpNote.textProperty().bind(vm.jumpNoteProperty());
        jumpNote.getStyleClass().add(Styles.WARNING);
        jumpNote.setMinWidth(0);
        jumpNote.managedProperty().bind(jumpNote.visibleProperty());
        jumpNote.visibleProperty().bind(vm.jumpNoteProperty().isNotEmpty());
        HBox header = new HBox(10, caseName, spacer, analysisState, jumpNote, accountLookup, importButton,
                exportButton, analyse);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));
        return header;
    }

    /**
     * The case line on the left and the running tasks on the right; when both do not fit, the case line is cut
     * (its tooltip has it whole) and the running task keeps its text.
     */
    static HBox statusArea(javafx.beans.value.ObservableStringValue caseLine, ObservableList<Task<?>> runningTasks) {
        Label status = new Label();
        status.setId("case-status");
        status.textProperty().bind(caseLine);
        status.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TaskStatus tasks = new TaskStatus(runningTasks);
        tasks.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, status, spacer, tasks);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
