package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ingest.TimestampFormat;
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
    CaseActions cases;

    private ImportViewModel newDialog() {
        return new ImportViewModel(workspace, tasks, new ImportPreviewService(io.hydrascope.ingest.formats.BuiltInFormats.all()),
                new ProfileStore(dir.resolve("profiles")),
                new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()), cases);
    }

    @BeforeEach
    void open() {
        casePath = dir.resolve("case.hcase");
        CaseStore.openOrCreate(casePath).close();
        workspace = TestWorkspaces.open(casePath);
        tasks = new DirectTaskRunner();
        CaseActions cases = new CaseActions(workspace, tasks, new RecordingDialogs(),
                new RecentCases(dir.resolve("recent.txt")), new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())),
                DemoCaseGenerator.NONE, dir, List.of());
        this.cases = cases;
        vm = newDialog();
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
        assertEquals("native interactions", p.format());
        assertEquals("csv", p.container());
        assertEquals(DataKind.INTERACTIONS, p.kind());
        assertEquals(11, p.rows().size());
        assertTrue(p.rows().subList(0, 10).stream().allMatch(r -> r.outcome() == ImportPreview.Outcome.IMPORTED));
        assertEquals("unparseable timestamp", p.rows().get(10).reason());
        assertEquals("", vm.previewErrorProperty().get());
        assertFalse(vm.mappingNeededProperty().get());
    }

    @Test
    void importProgressIsTheShareOfBytesReadWithRowsAndRowsPerSecond() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            sb.append("r").append(i).append(",2026-02-01T10:").append(String.format("%02d", i % 60))
                    .append(":00Z,acct-").append(i % 7).append(",10.0.0.1,sdk/1,atlas-3,c").append(i)
                    .append(",1,5,9,0,ok,question number ").append(i).append('\n');
        }
        Path file = dir.resolve("five-thousand.csv");
        Files.writeString(file, sb.toString());
        long size = Files.size(file);
        vm.addFiles(List.of(file));
        vm.startImport();
        List<DirectTaskRunner.Progress> reports = tasks.progress().stream()
                .filter(p -> p.message().contains("importing five-thousand.csv")).toList();
        assertTrue(reports.size() >= 4, "one report per batch of rows: " + reports);
        assertTrue(reports.stream().allMatch(p -> p.total() == size), "measured against the file's size");
        assertTrue(reports.stream().anyMatch(p -> p.done() > 0 && p.done() < size), "the bar moves: " + reports);
        DirectTaskRunner.Progress first = reports.get(0);
        assertTrue(first.message().matches("importing five-thousand\\.csv · [\\d,]+ of [\\d,]+ KB · 1,024 rows · "
                + "[\\d,]+ rows/s.*"), first.message());
        assertEquals(5000, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    @Test
    void aFileOfUnknownShapeOpensTheMappingStepWithItsColumnsAndSamples() throws Exception {
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "name,colour\nkiwi,green\nlime,green\nplum,purple\n");
        vm.addFiles(List.of(notes));
        assertTrue(vm.mappingNeededProperty().get());
        var columns = vm.mapping().columns();
        assertEquals(List.of("name", "colour"), columns.stream().map(c -> c.column()).toList());
        assertEquals(List.of("green", "purple"), columns.get(1).samples());
        assertEquals("Choose the column that holds timestamp.", vm.mapping().problemProperty().get());
        assertNull(vm.profileFor(notes));
    }

    private Path gatewayExport(String name, String header) throws Exception {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < 7; i++) {
            Map<String, String> row = Map.of("When", i < 6 ? "0" + (1 + i) + "/02/2026 10:15:00"
                    : "31/02/2026 10:15:00", "Customer", "cust-" + i % 2, "Source IP", "203.0.113." + i,
                    "Engine", "atlas-3", "Question", i < 6 ? "question " + i : "impossible date");
            sb.append(String.join(",", java.util.Arrays.stream(header.split(",")).map(row::get).toList()))
                    .append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void anUnrecognisedCsvIsMappedCheckedSavedAndImportedThroughItsProfile() throws Exception {
        Path file = gatewayExport("gateway.csv", "When,Customer,Source IP,Engine,Question");
        vm.addFiles(List.of(file));
        ImportMappingViewModel mapping = vm.mapping();
        assertEquals(List.of("timestamp", "account_id", "ip", "model", "prompt"), mapping.columns().stream()
                .map(c -> c.fieldProperty().get()).toList(), "fields guessed from the column names");
        assertEquals(TimestampFormat.Kind.PATTERN, mapping.timestampKindProperty().get());
        assertEquals("d/M/yyyy H:mm:ss", mapping.patternProperty().get(), "day-first dates are recognised");
        mapping.timestampKindProperty().set(TimestampFormat.Kind.ISO);
        assertEquals("unparseable timestamp", mapping.checkProperty().get().rows().get(0).reason(),
                "they are not ISO-8601");
        mapping.timestampKindProperty().set(TimestampFormat.Kind.PATTERN);
        mapping.patternProperty().set("dd/MM/yyyy HH:mm:ss");
        ImportPreview check = mapping.checkProperty().get();
        assertEquals(7, check.rows().size());
        assertEquals("2026-02-01T10:15:00Z", check.rows().get(0).values().get("timestamp"));
        assertEquals("cust-0", check.rows().get(0).values().get("account_id"));
        assertEquals(ImportPreview.Outcome.QUARANTINED, check.rows().get(6).outcome());
        mapping.profileNameProperty().set("Acme gateway");
        mapping.save();
        assertTrue(Files.isRegularFile(dir.resolve("profiles/acme-gateway.json")));
        assertTrue(mapping.statusProperty().get().startsWith("Saved as profile 'Acme gateway'"));
        assertEquals("Acme gateway", vm.profileFor(file).name());

        vm.startImport();
        assertTrue(vm.summaryProperty().get().startsWith("1 file: 7 rows read = 6 imported + 1 quarantined"),
                vm.summaryProperty().get());
        assertEquals("mapping profile 'Acme gateway' (csv)", vm.outcomes().get(0).format());
        assertEquals(6, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    @Test
    void aFileWithTheSameHeaderGetsTheSavedProfileAtOnce() throws Exception {
        Path first = gatewayExport("monday.csv", "When,Customer,Source IP,Engine,Question");
        vm.addFiles(List.of(first));
        vm.mapping().timestampKindProperty().set(TimestampFormat.Kind.PATTERN);
        vm.mapping().patternProperty().set("dd/MM/yyyy HH:mm:ss");
        vm.mapping().columns().get(4).fieldProperty().set(ImportMappingViewModel.IGNORE);
        vm.mapping().profileNameProperty().set("acme");
        vm.mapping().save();

        ImportViewModel again = newDialog();
        Path second = gatewayExport("tuesday.csv", "Customer,When,Engine,Source IP,Question");
        again.addFiles(List.of(second));
        ImportMappingViewModel mapping = again.mapping();
        assertTrue(mapping.statusProperty().get().startsWith("Saved profile 'acme' was made for this header"),
                mapping.statusProperty().get());
        assertEquals(TimestampFormat.Kind.PATTERN, mapping.timestampKindProperty().get());
        assertEquals(ImportMappingViewModel.IGNORE, mapping.columns().get(4).fieldProperty().get(),
                "the saved choice, not the guess, for Question");
        assertEquals("account_id", mapping.columns().get(0).fieldProperty().get());
        assertEquals("acme", again.profileFor(second).name());
        assertEquals(6, mapping.checkProperty().get().rows().stream()
                .filter(r -> r.outcome() == ImportPreview.Outcome.IMPORTED).count());
    }

    @Test
    void anAccountsFileIsMappedAsAccountsAndImported() throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "Customer,Signed up,Card\ncust-1,2026-01-02T03:04:05Z,fp-1\ncust-2,2026-01-03T03:04:05Z,fp-1\n");
        vm.addFiles(List.of(file));
        ImportMappingViewModel mapping = vm.mapping();
        assertEquals("Choose the column that holds timestamp.", mapping.problemProperty().get());
        mapping.kindProperty().set(DataKind.ACCOUNTS);
        assertEquals("account_id", mapping.columns().get(0).fieldProperty().get());
        assertEquals("", mapping.problemProperty().get(), "accounts need only an account id");
        mapping.columns().get(1).fieldProperty().set("created_at");
        mapping.columns().get(2).fieldProperty().set("payment_fingerprint");
        assertEquals("2026-01-02T03:04:05Z", mapping.checkProperty().get().rows().get(0).values().get("created_at"));
        assertEquals(DataKind.ACCOUNTS, vm.profileFor(file).kind());
        vm.startImport();
        assertTrue(vm.summaryProperty().get().startsWith("1 file: 2 rows read = 2 imported"),
                vm.summaryProperty().get());
        assertEquals(1, CaseDb.count(casePath, "SELECT count(DISTINCT payment_fingerprint) FROM accounts"));
        assertEquals(2, CaseDb.count(casePath, "SELECT count(*) FROM accounts WHERE created_at IS NOT NULL"));
    }

    @Test
    void twoColumnsForOneFieldAreRefusedWithAReason() throws Exception {
        Path file = gatewayExport("gateway.csv", "When,Customer,Source IP,Engine,Question");
        vm.addFiles(List.of(file));
        vm.mapping().columns().get(3).fieldProperty().set("account_id");
        assertEquals("Two columns fill account_id: Customer and Engine. Choose one.",
                vm.mapping().problemProperty().get());
        assertNull(vm.profileFor(file));
        assertNull(vm.mapping().draftProperty().get());
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
