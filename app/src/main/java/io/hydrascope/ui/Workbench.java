package io.hydrascope.ui;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.analysis.AnalysisRunner;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.cases.RecentCases;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.FxDialogService;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.PulseGapProbe;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.FilterBar;
import io.hydrascope.ui.evidence.FilterBarViewModel;
import io.hydrascope.ui.overview.OverviewView;
import io.hydrascope.ui.settings.SettingsDialog;
import io.hydrascope.ui.settings.SettingsViewModel;
import io.hydrascope.ui.settings.UserSettings;
import io.hydrascope.ui.overview.OverviewViewModel;
import io.hydrascope.ui.shell.AboutInfo;
import io.hydrascope.ui.shell.ShellView;
import io.hydrascope.ui.shell.ShellViewModel;
import io.hydrascope.ui.shell.WorkbenchPage;
import io.hydrascope.ui.start.StartView;
import io.hydrascope.ui.start.StartViewModel;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds the services, view models and views once, with constructor injection,
 * and wires them to one {@link WorkspaceState}. Detection results, the analysis and the demo generator come in from
 * outside so that the engine parts that provide them can be swapped without touching the views. FX thread only.
 */
public final class Workbench implements AutoCloseable {
    private final WorkbenchSettings settings;
    private final WorkbenchExecutors executors = new WorkbenchExecutors(2);
    private final WorkspaceState workspace = new WorkspaceState();
    private final FxDialogService dialogs = new FxDialogService(Styles.stylesheets());
    private final FxTaskRunner tasks = new FxTaskRunner(executors, dialogs::showError);
    private final PulseGapProbe probe = new PulseGapProbe();
    private final ImportService importService = new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all());
    private final CaseActions cases;
    private final UserSettings userSettings;
    private final AnalysisResultsSource results;
    private final ShellView shell;

    public Workbench(WorkbenchSettings settings, AnalysisResultsSource results, AnalysisRunner analysis,
                     DemoCaseGenerator demos) {
        this.settings = settings;
        this.results = results;
        this.cases = new CaseActions(workspace, tasks, dialogs, new RecentCases(settings.recentFile()),
                new FolderImportService(importService), demos, settings.casesDir(), settings.sampleBases());
        StartViewModel start = new StartViewModel(cases);
        workspace.openCaseProperty().addListener((o, a, b) -> start.refresh());
        this.userSettings = UserSettings.load(settings.settingsFile(), System.getProperty("user.name"),
                executors.readers(), message -> javafx.application.Platform.runLater(() ->
                        dialogs.showError("Settings", message)));
        AnnotationActions annotations = new AnnotationActions(workspace, tasks, dialogs,
                new AnnotationActions.Signature() {
                    @Override
                    public String author() {
                        return userSettings.signature();
                    }

                    @Override
                    public String describe() {
                        return userSettings.signatureNote();
                    }
                });
        List<WorkbenchPage> pages = List.of(
                new WorkbenchPage(Pages.OVERVIEW, "Overview", KeyCombination.keyCombination("Shortcut+1"),
                        new OverviewView(new OverviewViewModel(workspace, tasks, results), annotations)),
                WorkbenchPages.account(workspace, tasks, results, annotations,
                        KeyCombination.keyCombination("Shortcut+2")),
                WorkbenchPages.cluster(workspace, tasks, results, annotations,
                        KeyCombination.keyCombination("Shortcut+3")),
                WorkbenchPages.graph(workspace, tasks, dialogs, results, KeyCombination.keyCombination("Shortcut+4")),
                WorkbenchPages.topics(workspace, tasks, KeyCombination.keyCombination("Shortcut+5")),
                WorkbenchPages.search(workspace, tasks, KeyCombination.keyCombination("Shortcut+6")),
                WorkbenchPages.evidence(workspace, tasks, results, annotations,
                        KeyCombination.keyCombination("Shortcut+7")));
        ShellViewModel shellVm = new ShellViewModel(workspace, cases, tasks, dialogs, analysis, executors.readers());
        if (settings.pulseProbe() != null) {
            probe.start(); // before the menu is built: the Debug menu exists only for a measured session
        }
        this.shell = new ShellView(shellVm, pages, new StartView(start), this::openImport,
                this::openExport, this::openSettings, tasks.visibleTasks(), probe, dialogs,
                () -> dialogs.showInfo("About Hydrascope", AboutInfo.read(settings.sampleBases()).text()));
        shell.addHeaderRow(new FilterBar(new FilterBarViewModel(workspace)));
    }

    /** Shows the workbench in {@code stage} and opens the case given on the command line, if any. */
    public void show(Stage stage) {
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                workspace.openCase() == null ? "Hydrascope" : workspace.openCase().name() + " — Hydrascope",
                workspace.openCaseProperty()));
        dialogs.setOwner(stage);
        stage.show();
        settings.caseToOpen().ifPresent(cases::open);
        // An installed package names its bundled sample; its first run opens it instead of only offering it.
        boolean firstRun = settings.caseToOpen().isEmpty() && System.getProperty("hydrascope.sample") != null
                && cases.recent().list().isEmpty() && cases.sampleFolder().isPresent();
        if (settings.openSample() || firstRun) {
            cases.openSample();
        }
    }

    private void openImport() {
        if (workspace.openCase() != null) {
            WorkbenchPages.openImportDialog(workspace, tasks, dialogs, importService, cases,
                    settings.profilesDir());
        }
    }

    private void openExport() {
        if (workspace.openCase() != null) {
            WorkbenchPages.openExportDialog(workspace, tasks, dialogs, settings.reportsDir(), results,
                    userSettings);
        }
    }

    private void openSettings() {
        dialogs.showDialog(new SettingsDialog(new SettingsViewModel(userSettings)));
    }

    /** The analyst's settings (name, report author). */
    public UserSettings userSettings() {
        return userSettings;
    }

    public Parent root() {
        return shell;
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    public CaseActions cases() {
        return cases;
    }

    public PulseGapProbe probe() {
        return probe;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Closes the open case on the writer thread and stops the threads. */
    @Override
    public void close() {
        probe.stop();
        OpenCase open = workspace.openCase();
        if (open != null) {
            executors.writer().execute(open::close);
        }
        executors.close();
    }
}
