package io.hydrascope.ui.shell;

import io.hydrascope.store.AccountDirectoryRepository;
import io.hydrascope.store.CaseFactsRepository;
import io.hydrascope.ui.analysis.AnalysisRunner;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskHandle;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.JumpSearch;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The frame around the pages: title, case facts in the status area, analysis runs, account look-up. FX thread. */
public final class ShellViewModel {
    private final WorkspaceState workspace;
    private final CaseActions cases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AnalysisRunner analysis;
    private final Executor lookups;
    private final QuerySlot facts;
    private final QuerySlot jumpSlot;
    private final ReadOnlyStringWrapper jumpNote = new ReadOnlyStringWrapper(this, "jumpNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private final ReadOnlyStringWrapper lastAnalysis = new ReadOnlyStringWrapper(this, "lastAnalysis", "");
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(this, "analysing");
    private volatile OpenCase lookupCase;
    private TaskHandle analysisTask;

    /**
     * @param lookups where account-id suggestions are read (the reader pool): suggestions are asked for on a helper
     *                thread that must not open connections of its own
     */
    public ShellViewModel(WorkspaceState workspace, CaseActions cases, TaskRunner tasks, DialogService dialogs,
                          AnalysisRunner analysis, Executor lookups) {
        this.workspace = workspace;
        this.cases = cases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.analysis = analysis;
        this.lookups = lookups;
        this.facts = new QuerySlot(tasks, workspace, "Reading case facts");
        this.jumpSlot = new QuerySlot(tasks, workspace, "Looking up");
        this.lookupCase = workspace.openCase();
        workspace.openCaseProperty().addListener((o, a, b) -> {
            lookupCase = b;
            jumpNote.set("");
            lastAnalysis.set("");
        });
        workspace.dataVersionProperty().addListener((o, a, b) -> refreshStatus());
        workspace.zoneProperty().addListener((o, a, b) -> refreshStatus());
        workspace.searchReadyProperty().addListener((o, a, b) -> refreshStatus());
        refreshStatus();
    }

    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> workspace.openCase() == null ? "Hydrascope"
                : workspace.openCase().name() + " — Hydrascope", workspace.openCaseProperty());
    }

    public BooleanBinding caseOpenBinding() {
        return workspace.openCaseProperty().isNotNull();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastAnalysisProperty() {
        return lastAnalysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    public CaseActions cases() {
        return cases;
    }

    private void refreshStatus() {
        OpenCase open = workspace.openCase();
        if (open == null) {
            status.set("No case open");
            return;
        }
        String zone = "Times in " + TimeFormats.zoneLabel(workspace.zone());
        status.set(open.path() + "  ·  " + zone);
        facts.run((c, p, cancel) -> new CaseFactsRepository(c.reader()).facts(), f -> status.set(open.path()
                + "  ·  " + TimeFormats.count(f.accounts()) + " accounts  ·  " + TimeFormats.count(f.quarantined())
                + " quarantined  ·  search " + (f.searchReady() ? "ready" : "index being built") + "  ·  " + zone),
                e -> status.set(open.path() + "  ·  " + DialogService.describe(e)));
    }

    /** Runs the analysis on the writer lane; every view reloads when it finishes. */
    public void analyse() {
        OpenCase open = workspace.openCase();
        if (open == null || analysing.get()) {
            return;
        }
        analysing.set(true);
        lastAnalysis.set("Analysing…");
        analysisTask = tasks.write("Analysing " + open.name(), (progress, cancel) ->
                analysis.run(open.writer(), progress, cancel)).visible().onSuccess(outcome -> {
                    analysing.set(false);
                    lastAnalysis.set("Analysis: " + outcome);
                    workspace.dataChanged();
                }).onFailure(e -> {
                    analysing.set(false);
                    lastAnalysis.set("Analysis failed");
                    dialogs.showError("Analysis failed", DialogService.describe(e));
                }).onCancelled(() -> {
                    analysing.set(false);
                    lastAnalysis.set("Analysis cancelled");
                }).start();
    }

    public void cancelAnalysis() {
        if (analysisTask != null) {
            analysisTask.cancelWork();
        }
    }

    public void setZone(ZoneId zone) {
        workspace.zoneProperty().set(zone);
    }

    /** Opens an account typed into the look-up field. */
    public void goToAccount(String accountId) {
        if (accountId != null && !accountId.isBlank() && workspace.openCase() != null) {
            workspace.openAccount(accountId.strip());
        }
    }

    /**
     * Jumps to what was typed: an account id, a request id (its account, the interaction selected), an IP or a
     * payment fingerprint (the accounts that used it as swim lanes). Says so in {@link #jumpNoteProperty()} when
     * nothing matches.
     */
    public void jumpTo(String typed) {
        if (typed == null || typed.isBlank() || workspace.openCase() == null) {
            return;
        }
        jumpNote.set("Looking up…");
        jumpSlot.run((c, p, cancel) -> JumpSearch.resolve(c.reader(), typed),
                target -> jumpNote.set(JumpSearch.show(workspace, target)),
                e -> jumpNote.set("Cannot look up: " + DialogService.describe(e)));
    }

    /** What the last jump found nothing for, or empty. */
    public ReadOnlyStringProperty jumpNoteProperty() {
        return jumpNote.getReadOnlyProperty();
    }

    /**
     * Account ids starting with the typed text, for auto-completion. Called off the FX thread; waits at most a
     * second for the reader pool.
     */
    public List<String> suggestAccounts(String typed) {
        OpenCase open = lookupCase;
        if (open == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return CompletableFuture.supplyAsync(() -> new AccountDirectoryRepository(open.reader())
                    .idsStartingWith(typed.strip(), 12), lookups).get(1, TimeUnit.SECONDS);
        } catch (Exception e) {
            return List.of();
        }
    }
}
