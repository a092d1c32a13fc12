package io.hydrascope.ui.reports;

import io.hydrascope.report.ReportFormat;
import io.hydrascope.report.ReportScope;
import io.hydrascope.report.ReportService;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskHandle;
import io.hydrascope.ui.core.TaskProgress;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.settings.UserSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export report dialog: what the report covers (the whole case, a network picked from the analysis's list, or
 * chosen accounts; prefilled from the workspace's selection), its title and author, its format and file, a preview
 * kept current on a reader thread, and the report itself written in the background with progress and cancel by the
 * same {@link ReportService} as {@code hydrascope report}. The title (per case) and the author are remembered in the
 * analyst's settings once a report is written. FX thread only.
 */
public final class ExportReportViewModel {
    public enum ScopeKind { WHOLE_CASE, CLUSTER, ACCOUNTS }

    public enum Phase { EDITING, GENERATING, DONE }

    /** What the preview pane shows: rendered HTML (scripts off) or read-only text. */
    public record Preview(boolean html, String content, String note) {
    }


    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReportService reports;
    private final Path folder;
    private final ReportPreviews previews;
    private final QuerySlot networksSlot;
    private final AnalysisResultsSource results;
    private final UserSettings settings;
    private final ObservableList<NetworkChoice> networks = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkChoice> network = new SimpleObjectProperty<>(this, "network");
    private final ReadOnlyBooleanWrapper networksLoaded = new ReadOnlyBooleanWrapper(this, "networksLoaded");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final ObjectProperty<ScopeKind> scopeKind = new SimpleObjectProperty<>(this, "scopeKind",
            ScopeKind.WHOLE_CASE);
    private final StringProperty accounts = new SimpleStringProperty(this, "accounts", "");
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.HTML);
    private final ReadOnlyObjectWrapper<Path> output = new ReadOnlyObjectWrapper<>(this, "output");
    private final ReadOnlyStringWrapper scopeProblem = new ReadOnlyStringWrapper(this, "scopeProblem", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EDITING);
    private final TaskProgress work = new TaskProgress(this);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private boolean outputChosen;
    /** The network selected in the workspace, chosen once the list has loaded. */
    private Long wantedNetwork;

    /**
     * @param folder where reports go unless the analyst chooses another file
     */
    public ExportReportViewModel(WorkspaceState workspace, TaskRunner tasks, DialogService dialogs,
                                 ReportService reports, Path folder, AnalysisResultsSource results,
                                 UserSettings settings) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.reports = reports;
        this.folder = folder;
        this.results = results;
        this.settings = settings;
        this.previews = new ReportPreviews(new QuerySlot(tasks, workspace, "Previewing report"));
        this.networksSlot = new QuerySlot(tasks, workspace, "Listing networks");
        prefill();
        scopeKind.addListener((o, a, b) -> changed());
        network.addListener((o, a, b) -> changed());
        accounts.addListener((o, a, b) -> changed());
        format.addListener((o, a, b) -> changed());
        title.addListener((o, a, b) -> refreshPreview());
        team.addListener((o, a, b) -> refreshPreview());
        changed();
        loadNetworks();
    }

    /** Reads the analysis's networks on a reader thread: flagged first, then riskiest; single accounts left out. */
    private void loadNetworks() {
        networksSlot.run((open, p, cancel) -> NetworkChoice.listed(results, open.reader()), list -> {
                    networks.setAll(list);
                    networksLoaded.set(true);
                    NetworkChoice wanted = list.stream().filter(n -> wantedNetwork != null
                            && n.id() == wantedNetwork).findFirst().orElse(null);
                    if (wanted != null) {
                        network.set(wanted);
                    } else if (network.get() == null && !list.isEmpty()) {
                        network.set(list.get(0));
                    }
                    if (network.get() == null) {
                        refreshPreview(); // says that there is nothing to choose
                    }
                }, e -> {
                    networksLoaded.set(true);
                    scopeProblem.set("Cannot list the networks: " + DialogService.describe(e));
                });
    }

    /** The selected network, else the selected account, else the whole case; the remembered title and author. */
    private void prefill() {
        OpenCase open = workspace.openCase();
        title.set(open == null ? "" : settings.reportTitle(open.path()));
        team.set(settings.reportTeam());
        ClusterSelection cluster = workspace.selectedClusterProperty().get();
        String account = workspace.selectedAccountProperty().get();
        if (cluster != null && parseClusterId(cluster.id()) != null) {
            wantedNetwork = parseClusterId(cluster.id());
            scopeKind.set(ScopeKind.CLUSTER);
        } else if (cluster != null && !cluster.accountIds().isEmpty()) {
            accounts.set(String.join(", ", cluster.accountIds()));
            scopeKind.set(ScopeKind.ACCOUNTS);
        } else if (account != null && !account.isBlank()) {
            accounts.set(account);
            scopeKind.set(ScopeKind.ACCOUNTS);
        }
    }

    private void changed() {
        if (!outputChosen || output.get() == null) {
            output.set(folder.resolve(defaultFileName()));
        } else {
            output.set(ReportFileNames.withExtension(output.get(), format.get().extension()));
        }
        if (phase.get() == Phase.DONE) {
            phase.set(Phase.EDITING);
        }
        refreshPreview();
    }

    /** The report's scope as chosen, or null with {@link #scopeProblemProperty()} saying what is missing. */
    ReportScope scope() {
        return switch (scopeKind.get()) {
            case WHOLE_CASE -> ReportScope.wholeCase();
            case CLUSTER -> network.get() == null ? null : ReportScope.cluster(network.get().id());
            case ACCOUNTS -> {
                List<String> ids = accountIds();
                yield ids.isEmpty() ? null : ReportScope.accounts(ids);
            }
        };
    }

    private String problemOf(ReportScope scope) {
        if (scope != null) {
            return "";
        }
        if (scopeKind.get() != ScopeKind.CLUSTER) {
            return "Name at least one account (separated by commas, spaces or new lines).";
        }
        return !networksLoaded.get() ? "Listing the networks…" : networks.isEmpty()
                ? "No network to choose: run Analyse first." : "Choose a network from the list.";
    }

    List<String> accountIds() {
        return Arrays.stream(accounts.get().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static Long parseClusterId(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            long id = Long.parseLong(s);
            return id >= 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code sample-network-3.html}, {@code sample-case-indicators.csv}. */
    String defaultFileName() {
        String caseName = workspace.openCase() == null ? "case" : workspace.openCase().name();
        return ReportFileNames.suggest(caseName, ReportFileNames.scopePart(scopeKind.get(), network.get(),
                accountIds()), format.get());
    }

    /** The service with this report's title (blank: derived from the scope) and author (blank: the default). */
    private ReportService service() {
        String t = title.get() == null ? "" : title.get().strip();
        String a = team.get() == null || team.get().isBlank() ? UserSettings.DEFAULT_TEAM : team.get().strip();
        return reports.withTitleAndTeam(t.isEmpty() ? null : t, a);
    }

    /** Asks where to save the report (the file chooser starts at the suggested name). */
    public void chooseOutput() {
        ReportFormat f = format.get();
        dialogs.chooseFileToSave("Save report", output.get(), List.of(f.extension())).ifPresent(p -> {
            outputChosen = true;
            output.set(p);
        });
    }

    /** Renders the preview on a reader thread shortly after the last change; an older preview is dropped. */
    public void refreshPreview() {
        ReportScope scope = scope();
        scopeProblem.set(problemOf(scope));
        if (scope == null) {
            previews.clear();
            return;
        }
        previews.show(scope, format.get(), service(), List.of(scope, workspace.dataVersionProperty().get(),
                title.get(), team.get()));
    }

    /** Writes the report to the chosen file in the background; asks before replacing a file it did not choose. */
    public void generate() {
        OpenCase open = workspace.openCase();
        ReportScope scope = scope();
        Path target = output.get();
        if (open == null || scope == null || target == null || phase.get() == Phase.GENERATING) {
            return;
        }
        if (!outputChosen && Files.exists(target) && !dialogs.confirm("Replace the file?",
                target + " exists. Replace it with the new report?")) {
            return;
        }
        ReportFormat f = format.get();
        ReportService service = service();
        String usedTitle = title.get();
        String usedTeam = team.get();
        phase.set(Phase.GENERATING);
        result.set("");
        written.set(null);
        work.starting();
        long started = System.nanoTime();
        TaskHandle task = tasks.read("Writing " + f.name() + " report", (p, cancel) -> {
            // replacing was confirmed: by the save dialog for a chosen file, or by the question above
            service.write(open.reader(), scope, f, target, true, p, cancel);
            return Files.size(target);
        }).visible().onSuccess(size -> {
            settings.rememberReport(open.path(), usedTitle, usedTeam);
            finished(target, size, started);
        })
                .onFailure(e -> failed("Not written: " + DialogService.describe(e)))
                .onCancelled(() -> failed("Cancelled; no file was written.")).start();
        work.follow(task, phase.get() == Phase.GENERATING);
    }

    private void finished(Path target, long size, long started) {
        work.stop(0);
        written.set(target);
        result.set(String.format(Locale.ROOT, "Wrote %s (%s bytes) in %.1f s.", target,
                TimeFormats.count(size), (System.nanoTime() - started) / 1e9));
        phase.set(Phase.DONE);
    }

    private void failed(String message) {
        work.stop(0);
        result.set(message);
        phase.set(Phase.EDITING);
    }

    public void cancel() {
        work.cancel();
    }

    /** Shows the folder of the written report. */
    public void openFolder() {
        Path file = written.get();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            dialogs.showFolder(file.toAbsolutePath().getParent());
        }
    }

    /** Stops the preview when the dialog closes; a report being written goes on (the status bar lists it). */
    public void dispose() {
        previews.cancel();
        networksSlot.cancel();
    }

    public ObjectProperty<ScopeKind> scopeKindProperty() {
        return scopeKind;
    }

    /** The networks of the latest analysis that a report can cover, flagged first, riskiest first. */
    public ObservableList<NetworkChoice> networks() {
        return networks;
    }

    /** The network a one-network report covers. */
    public ObjectProperty<NetworkChoice> networkProperty() {
        return network;
    }

    /** The report's title; blank for the one derived from its scope. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The team named as the report's author. */
    public StringProperty teamProperty() {
        return team;
    }

    /** The title a blank title field gives, for the field's prompt. */
    public String derivedTitle() {
        ReportScope scope = scope();
        return scope == null ? "Distillation campaign report: …" : ReportService.defaultTitle(scope);
    }

    public StringProperty accountsProperty() {
        return accounts;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public ReadOnlyObjectProperty<Path> outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeProblemProperty() {
        return scopeProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return previews.previewProperty();
    }

    public ReadOnlyStringProperty previewStatusProperty() {
        return previews.statusProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty previewLoadingProperty() {
        return previews.loadingProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return work.textProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public String caseName() {
        return workspace.caseName();
    }
}
