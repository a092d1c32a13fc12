package io.hydrascope.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.testdata.DemoLogs;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.start.StartViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseActionsTest {
    @TempDir
    Path dir;
    WorkspaceState workspace = new WorkspaceState();
    DirectTaskRunner tasks = new DirectTaskRunner();
    RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private CaseActions actions(List<Path> sampleBases, DemoCaseGenerator demos) {
        return new CaseActions(workspace, tasks, dialogs, new RecentCases(dir.resolve("home/recent.txt")),
                new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())), demos, dir.resolve("home/cases"), sampleBases);
    }

    @Test
    void theSampleIsImportedOnFirstUseAndOpenedFromItsCaseAfterwards() throws Exception {
        Path base = dir.resolve("install");
        DemoLogs.Files3 files = DemoLogs.write(base.resolve(FolderImportService.SAMPLE_FOLDER), DemoLogs.Spec.tiny());
        CaseActions cases = actions(List.of(dir.resolve("elsewhere"), base), DemoCaseGenerator.NONE);
        StartViewModel start = new StartViewModel(cases);
        assertTrue(start.sampleAvailableProperty().get());
        assertTrue(start.firstRunProperty().get());
        start.openSample();
        Path sample = dir.resolve("home/cases/" + CaseActions.SAMPLE_CASE);
        assertEquals(sample, workspace.openCase().path());
        assertEquals(files.rows(), CaseDb.count(sample, "SELECT count(*) FROM interactions"));
        assertEquals(List.of(sample.toAbsolutePath()), cases.recent().list());
        assertTrue(tasks.titles().contains("Indexing prompts for search"));
        start.refresh();
        assertEquals(false, start.firstRunProperty().get());
        start.openSample();
        assertEquals(files.rows(), CaseDb.count(sample, "SELECT count(*) FROM interactions"), "imported once");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void withoutASampleTheButtonIsOffAndAskingAnywaySaysWhy() {
        CaseActions cases = actions(List.of(dir), DemoCaseGenerator.NONE);
        StartViewModel start = new StartViewModel(cases);
        assertEquals(false, start.sampleAvailableProperty().get());
        cases.openSample();
        assertNull(workspace.openCase());
        assertTrue(dialogs.errors.get(0).startsWith("No sample case"));
    }

    @Test
    void aDemoCaseIsGeneratedImportedAndOpened() {
        DemoCaseGenerator generator = new DemoCaseGenerator() {
            @Override
            public List<String> presets() {
                return List.of("teaching");
            }

            @Override
            public void generate(String preset, long seed, Path folder, ProgressListener p, CancellationToken c) {
                try {
                    DemoLogs.write(folder, new DemoLogs.Spec(5, 2, 3, 2, 3, 0.1, false, seed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        CaseActions cases = actions(List.of(), generator);
        StartViewModel start = new StartViewModel(cases);
        assertEquals(List.of("teaching"), start.demoPresets());
        start.createDemo("teaching", 7);
        assertEquals(dir.resolve("home/cases/demo-teaching-7.hcase"), workspace.openCase().path());
        assertTrue(CaseDb.count(workspace.openCase().path(), "SELECT count(*) FROM interactions") > 0);
    }

    @Test
    void openingAnotherCaseClosesThePreviousOneAndClearsSelections() throws Exception {
        CaseActions cases = actions(List.of(), DemoCaseGenerator.NONE);
        cases.create(dir.resolve("a.hcase"));
        workspace.selectedAccountProperty().set("acct-x");
        var first = workspace.openCase();
        cases.create(dir.resolve("b.hcase"));
        assertEquals(dir.resolve("b.hcase"), workspace.openCase().path());
        assertTrue(first.isClosed());
        assertNull(workspace.selectedAccountProperty().get());
        cases.close();
        assertNull(workspace.openCase());
    }

    @Test
    void aCaseImportedElsewhereGetsItsSearchIndexBuiltWhenOpenedAndOnlyThen() throws Exception {
        DemoLogs.Files3 files = DemoLogs.write(dir.resolve("logs"), DemoLogs.Spec.tiny());
        Path casePath = dir.resolve("cli.hcase");
        try (var store = io.hydrascope.store.CaseStore.openOrCreate(casePath)) {
            new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()).importFile(store,
                    files.interactions(), ProgressListener.NONE, new CancellationToken());
            assertEquals(false, store.promptIndex().isReady());
        }
        CaseActions cases = actions(List.of(), DemoCaseGenerator.NONE);
        cases.open(casePath);
        assertTrue(tasks.titles().contains("Indexing prompts for search"), tasks.titles().toString());
        assertTrue(workspace.searchReadyProperty().get());
        assertTrue(CaseDb.count(casePath, "SELECT count(*) FROM prompts_fts") > 0);

        cases.close();
        tasks.titles().clear();
        cases.open(casePath);
        assertEquals(false, tasks.titles().contains("Indexing prompts for search"), "already complete");
        assertTrue(workspace.searchReadyProperty().get());
    }

    @Test
    void aFileThatIsNotACaseIsRefusedWithTheEnginesReason() throws Exception {
        Path notACase = dir.resolve("notes.hcase");
        Files.writeString(notACase, "just text");
        actions(List.of(), DemoCaseGenerator.NONE).open(notACase);
        assertNull(workspace.openCase());
        assertTrue(dialogs.errors.get(0).contains("not a Hydrascope case file"), dialogs.errors.toString());
    }
}
