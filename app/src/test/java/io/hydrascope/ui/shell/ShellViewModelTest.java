package io.hydrascope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.CancelledException;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.cases.RecentCases;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TinyCaseTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellViewModelTest extends TinyCaseTest {
    RecordingDialogs dialogs = new RecordingDialogs();

    private ShellViewModel shell(io.hydrascope.ui.analysis.AnalysisRunner runner) {
        workspace = TestWorkspaces.open(casePath);
        DirectTaskRunner tasks = new DirectTaskRunner();
        CaseActions cases = new CaseActions(workspace, tasks, dialogs, new RecentCases(dir.resolve("recent.txt")),
                new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())), DemoCaseGenerator.NONE, dir, List.of());
        return new ShellViewModel(workspace, cases, tasks, dialogs, runner, Runnable::run);
    }

    @Test
    void aFinishedAnalysisMakesEveryViewReloadAndSaysWhatItFound() {
        ShellViewModel vm = shell((store, progress, cancel) -> "12 clusters, 2 flagged");
        long before = workspace.dataVersionProperty().get();
        vm.analyse();
        assertEquals(before + 1, workspace.dataVersionProperty().get());
        assertEquals("Analysis: 12 clusters, 2 flagged", vm.lastAnalysisProperty().get());
        assertEquals(false, vm.analysingProperty().get());
    }

    @Test
    void aCancelledAnalysisChangesNothing() {
        ShellViewModel vm = shell((store, progress, cancel) -> {
            throw new CancelledException();
        });
        long before = workspace.dataVersionProperty().get();
        vm.analyse();
        assertEquals(before, workspace.dataVersionProperty().get());
        assertEquals("Analysis cancelled", vm.lastAnalysisProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFailedAnalysisIsShownAsAnError() {
        ShellViewModel vm = shell((store, progress, cancel) -> {
            throw new IllegalStateException("clustering ran out of memory");
        });
        vm.analyse();
        assertEquals(List.of("Analysis failed: clustering ran out of memory"), dialogs.errors);
    }

    @Test
    void theStatusAreaNamesTheCaseItsAccountsAndTheTimeZone() {
        ShellViewModel vm = shell((s, p, c) -> "");
        String status = vm.statusProperty().get();
        assertTrue(status.contains("demo.hcase"), status);
        assertTrue(status.contains(" accounts"), status);
        assertTrue(status.endsWith("Times in UTC"), status);
    }

    @Test
    void accountSuggestionsComeFromTheCaseAndGoToAccountOpensTheTimeline() {
        ShellViewModel vm = shell((s, p, c) -> "");
        List<String> suggestions = vm.suggestAccounts("acct-");
        assertEquals(12, suggestions.size());
        vm.goToAccount(" " + suggestions.get(0) + " ");
        assertEquals(suggestions.get(0), workspace.selectedAccountProperty().get());
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
    }
}
