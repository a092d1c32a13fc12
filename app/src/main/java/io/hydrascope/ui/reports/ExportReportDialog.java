package io.hydrascope.ui.reports;

import io.hydrascope.report.ReportFormat;
import io.hydrascope.ui.core.DialogFrame;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TaskProgressBox;
import io.hydrascope.ui.reports.ExportReportViewModel.Phase;
import io.hydrascope.ui.reports.ExportReportViewModel.ScopeKind;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Export report window: scope (a network picked from a list), title and author, format and file on the left, the preview on the right, progress, result and
 * actions at the bottom. Binds to {@link ExportReportViewModel}; the preview area is given so tests can use a text
 * one.
 */
public final class ExportReportDialog extends BorderPane {
    public ExportReportDialog(ExportReportViewModel vm, ReportPreview preview, Runnable close) {
        DialogFrame.titled(this, "Export a report from " + vm.caseName());
        ScrollPane form = new ScrollPane(form(vm));
        form.setFitToWidth(true);
        form.setMinWidth(300);
        SplitPane split = new SplitPane(form, previewPane(vm, preview));
        split.setDividerPositions(0.34);
        setCenter(split);
        setBottom(actions(vm, close));
    }

    private static VBox form(ExportReportViewModel vm) {
        ToggleGroup scopes = new ToggleGroup();
        RadioButton whole = radio("Whole case: flagged networks and bookmarked evidence", scopes, ScopeKind.WHOLE_CASE);
        RadioButton cluster = radio("One network", scopes, ScopeKind.CLUSTER);
        ComboBox<NetworkChoice> network = networkPicker(vm);
        network.disableProperty().bind(cluster.selectedProperty().not());
        RadioButton chosen = radio("Chosen accounts", scopes, ScopeKind.ACCOUNTS);
        TextArea accounts = new TextArea();
        accounts.setId("report-accounts");
        accounts.setPromptText("account ids, separated by commas, spaces or new lines");
        accounts.setPrefRowCount(3);
        accounts.setWrapText(true);
        accounts.textProperty().bindBidirectional(vm.accountsProperty());
        accounts.disableProperty().bind(chosen.selectedProperty().not());
        select(scopes, vm.scopeKindProperty().get());
        vm.scopeKindProperty().addListener((o, a, b) -> select(scopes, b));
        scopes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.scopeKindProperty().set((ScopeKind) b.getUserData());
            }
        });
        Label problem = note(vm.scopeProblemProperty(), Styles.ERROR_NOTE);

        ToggleGroup formats = new ToggleGroup();
        VBox formatBox = new VBox(4);
        for (ReportFormat f : ReportFormat.values()) {
            formatBox.getChildren().add(radio(describe(f), formats, f));
        }
        select(formats, vm.formatProperty().get());
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.formatProperty().set((ReportFormat) b.getUserData());
            }
        });

        TextField file = new TextField();
        file.setId("report-file");
        file.setEditable(false);
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.outputProperty().get() == null ? ""
                : vm.outputProperty().get().toString(), vm.outputProperty()));
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> vm.chooseOutput());
        HBox.setHgrow(file, Priority.ALWAYS);

        TextField title = new TextField();
        title.setId("report-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setPromptText(vm.derivedTitle());
        InvalidationListener prompt = o -> title.setPromptText(vm.derivedTitle());
        vm.scopeKindProperty().addListener(prompt);
        vm.networkProperty().addListener(prompt);
        vm.accountsProperty().addListener(prompt);
        TextField team = new TextField();
        team.setId("report-team");
        team.textProperty().bindBidirectional(vm.teamProperty());
        team.setPromptText(io.hydrascope.ui.settings.UserSettings.DEFAULT_TEAM);
        Label remembered = new Label("Both are remembered: the title for this case, the author for every report.");
        remembered.getStyleClass().add(Styles.MUTED);
        remembered.setWrapText(true);

        VBox box = new VBox(6, heading("Covers"), whole, cluster, network, chosen, accounts, problem,
                heading("Title and author"), new Label("Title (empty: named after what it covers)"), title,
                new Label("Prepared by (team or author)"), team, remembered,
                heading("Format"), formatBox, heading("File"), new HBox(6, file, choose));
        box.setPadding(new Insets(6, 10, 6, 6));
        box.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.GENERATING));
        return box;
    }

    /** The analysis's networks by name, size and risk, flagged first; the flagged ones in the risk colour. */
    private static ComboBox<NetworkChoice> networkPicker(ExportReportViewModel vm) {
        ComboBox<NetworkChoice> box = new ComboBox<>(vm.networks());
        box.setId("report-network");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setPromptText("Choose a network");
        box.valueProperty().bindBidirectional(vm.networkProperty());
        box.setCellFactory(v -> new NetworkCell(false));
        box.setButtonCell(new NetworkCell(true)); // narrower: the flag mark says "flagged"
        return box;
    }

    private static final class NetworkCell extends ListCell<NetworkChoice> {
        private final boolean shown;

        NetworkCell(boolean shown) {
            this.shown = shown;
        }

        @Override
        protected void updateItem(NetworkChoice item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty || item == null ? null : (item.flagged() ? "⚑ " : "") + item.describe();
            setText(text != null && shown ? text.replace(" · flagged", "") : text);
            getStyleClass().remove(Styles.RISK_HIGH);
            if (!empty && item != null && item.flagged()) {
                getStyleClass().add(Styles.RISK_HIGH);
            }
        }
    }

    static String describe(ReportFormat f) {
        return switch (f) {
            case HTML -> "HTML: one self-contained, printable page";
            case PDF -> "PDF: pages with numbers and contents";
            case MD -> "Markdown: for a ticket or a wiki";
            case STIX -> "STIX 2.1 bundle: indicators to share";
            case CSV -> "CSV: one indicator per row";
        };
    }

    private static VBox previewPane(ExportReportViewModel vm, ReportPreview preview) {
        Label status = note(vm.previewStatusProperty(), Styles.MUTED);
        status.setId("report-preview-status");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        loading.visibleProperty().bind(vm.previewLoadingProperty());
        preview.show(vm.previewProperty().get());
        vm.previewProperty().addListener((o, a, b) -> preview.show(b));
        StackPane area = new StackPane(preview.node(), loading);
        VBox box = new VBox(6, heading("Preview"), status, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static VBox actions(ExportReportViewModel vm, Runnable close) {
        VBox progress = TaskProgressBox.of(vm.progressProperty(), vm.progressTextProperty(),
                vm.phaseProperty().isEqualTo(Phase.GENERATING), null);

        Label result = new Label();
        result.setId("report-result");
        result.textProperty().bind(vm.resultProperty());
        result.setWrapText(true);
        result.setMinWidth(0);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);
        Button folder = new Button("Open folder");
        folder.setOnAction(e -> vm.openFolder());
        folder.visibleProperty().bind(vm.writtenProperty().isNotNull());
        folder.managedProperty().bind(folder.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.GENERATING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button generate = new Button("Generate report");
        generate.getStyleClass().add(Styles.PRIMARY);
        generate.setDefaultButton(true);
        generate.setOnAction(e -> vm.generate());
        generate.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.GENERATING)
                .or(vm.scopeProblemProperty().isNotEmpty()));
        Button done = new Button("Close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        Region spacer = new Region();
        spacer.setMinWidth(8);
        HBox buttons = new HBox(8, result, spacer, folder, cancel, generate, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, progress, buttons);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static RadioButton radio(String text, ToggleGroup group, Object value) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setUserData(value);
        r.setWrapText(true);
        return r;
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == value) {
                group.selectToggle(t);
            }
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Label note(javafx.beans.value.ObservableStringValue text, String style) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
