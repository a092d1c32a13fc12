package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.NativeImportPreviewer;
import io.hydrascope.model.DataKind;
import io.hydrascope.store.CaseStore;
import io.hydrascope.testdata.DemoLogs;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.cases.RecentCases;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    static final String HEADER = "request_id,timestamp,account_id,ip,user_agent,model,conversation_id,turn,"
            + "input_tokens,output_tokens,tool_calls,status,prompt\n";

    @TempDir
    Path dir;
    WorkspaceState workspace;
    DirectTaskRunner tasks;
    ImportViewModel vm;
    Path casePath;

    @BeforeEach
    void open() {
        casePath = dir.resolve("case.hcase");
        CaseStore.openOrCreate(casePath).close();
        workspace = TestWorkspaces.open(casePath);
        tasks = new DirectTaskRunner();
        CaseActions cases = new CaseActions(workspace, tasks, new RecordingDialogs(),
                new RecentCases(dir.resolve("recent.txt")), new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())),
                DemoCaseGenerator.NONE, dir, List.of());
        vm = new ImportViewModel(workspace, tasks, new NativeImportPreviewer(), new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()), cases);
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private Path logWithOneBadTimestamp() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            sb.append("r").append(i).append(",2026-02-0").append(1 + i % 9).append("T10:00:00Z,acct-").append(i % 3)
                    .append(",10.0.0.1,sdk/1,atlas-3,c").append(i).append(",1,5,9,0,ok,hello ").append(i).append('\n');
        }
        sb.append("r10,yesterday-ish,acct-1,10.0.0.1,sdk/1,atlas-3,c10,1,5,9,0,ok,late\n");
        Path file = dir.resolve("log.csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void addingAFilePreviewsItsFormatColumnsAndFirstRows() throws Exception {
        vm.addFiles(List.of(logWithOneBadTimestamp()));
        var p = vm.previewProperty().get();
        assertEquals("native interactions (csv)", p.formatLabel());
        assertEquals(DataKind.INTERACTIONS, p.kind());
        assertEquals(11, p.rows().size());
        assertTrue(p.rows().subList(0, 10).stream().allMatch(r -> r.accepted()));
        assertEquals("unparseable timestamp", p.rows().get(10).rejectedReason());
        assertEquals("", vm.previewErrorProperty().get());
    }

    @Test
    void aFileThatIsNotALogSaysWhyInThePreview() throws Exception {
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "name,colour\nkiwi,green\n");
        vm.addFiles(List.of(notes));
        assertTrue(vm.previewErrorProperty().get().contains("unrecognised columns"), vm.previewErrorProperty().get());
    }

    @Test
    void importingReportsCountsThatAddUpAndTheQuarantinedRows() throws Exception {
        long before = workspace.dataVersionProperty().get();
        vm.addFiles(List.of(logWithOneBadTimestamp()));
        vm.startImport();
        assertEquals(ImportViewModel.Phase.DONE, vm.phaseProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("1 file: 11 rows read = 10 imported + 1 quarantined + "
                + "0 duplicates + 0 skipped"), vm.summaryProperty().get());
        assertEquals(List.of(Map.entry("unparseable timestamp", 1L)), List.copyOf(vm.reasons()));
        assertEquals(12, vm.quarantined().get(0).line(), "line 1 is the header");
        assertEquals(10, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
        assertTrue(workspace.dataVersionProperty().get() > before, "every view reloads");
        assertTrue(tasks.titles().contains("Indexing prompts for search"));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() throws Exception {
        Path file = logWithOneBadTimestamp();
        vm.addFiles(List.of(file));
        vm.startImport();
        vm.startOver();
        vm.addFiles(List.of(file));
        vm.startImport();
        assertEquals("already imported; nothing changed", vm.outcomes().get(0).result());
        assertEquals(10, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    @Test
    void anUnreadableFileDoesNotStopTheOthers() throws Exception {
        Path missing = dir.resolve("gone.csv");
        Path good = DemoLogs.write(dir.resolve("demo"), DemoLogs.Spec.tiny()).accounts();
        vm.addFiles(List.of(missing, good));
        vm.startImport();
        assertEquals(2, vm.outcomes().size());
        assertTrue(vm.outcomes().get(0).result().startsWith("not imported"));
        assertEquals("imported", vm.outcomes().get(1).result());
    }
}
