package io.hydrascope.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.report.AnalysedCase;
import io.hydrascope.report.ReportFormat;
import io.hydrascope.report.ReportOptions;
import io.hydrascope.report.ReportService;
import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.reports.ExportReportViewModel.Phase;
import io.hydrascope.ui.settings.UserSettings;
import io.hydrascope.ui.reports.ExportReportViewModel.ScopeKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReportViewModelTest {
    @TempDir
    Path dir;
    WorkspaceState workspace;
    DirectTaskRunner tasks = new DirectTaskRunner();
    RecordingDialogs dialogs = new RecordingDialogs();
    long cluster;
    final List<String> problems = new java.util.ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        cluster = AnalysedCase.campaignCluster();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private ExportReportViewModel dialog() {
        return new ExportReportViewModel(workspace, tasks, dialogs, new ReportService(ReportOptions.DEFAULTS), dir,
                new StoredAnalysisResults(), settings());
    }

    private UserSettings settings() {
        return UserSettings.load(dir.resolve("home/settings.properties"), "root", Runnable::run, problems::add);
    }

    private static NetworkChoice network(ExportReportViewModel vm, long id) {
        return vm.networks().stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("network " + id + " not listed: " + vm.networks()));
    }

    @Test
    void theSelectedClusterIsTheScopeAndNamesTheSuggestedFile() {
        workspace.selectedClusterProperty().set(new ClusterSelection(Long.toString(cluster), "Cluster " + cluster,
                List.of("camp-00")));
        ExportReportViewModel vm = dialog();
        assertEquals(ScopeKind.CLUSTER, vm.scopeKindProperty().get());
        assertEquals(dir.resolve("case-network-" + cluster + ".html"), vm.outputProperty().get());
        assertTrue(vm.previewProperty().get().html());
        assertTrue(vm.previewProperty().get().content().contains("Network " + cluster));
        assertEquals("Distillation campaign report: Network " + cluster, vm.derivedTitle(),
                "an empty title field names the network as everywhere else");
        vm.formatProperty().set(ReportFormat.STIX);
        assertEquals(dir.resolve("case-network-" + cluster + "-stix.json"), vm.outputProperty().get());
    }

    @Test
    void withoutASelectionTheWholeCaseIsReported() {
        ExportReportViewModel vm = dialog();
        assertEquals(ScopeKind.WHOLE_CASE, vm.scopeKindProperty().get());
        assertEquals(dir.resolve("case-case.html"), vm.outputProperty().get());
    }

    @Test
    void aSelectedAccountIsReportedAloneAndItsHostileIdNeverReachesTheFileName() {
        workspace.selectedAccountProperty().set(AnalysedCase.FORMULA_ACCOUNT);
        ExportReportViewModel vm = dialog();
        assertEquals(ScopeKind.ACCOUNTS, vm.scopeKindProperty().get());
        assertEquals(AnalysedCase.FORMULA_ACCOUNT, vm.accountsProperty().get());
        String name = vm.outputProperty().get().getFileName().toString();
        assertTrue(name.matches("[A-Za-z0-9._-]+"), name);
        assertEquals(dir, vm.outputProperty().get().getParent());
    }

    @Test
    void textFormatsPreviewAsText() {
        ExportReportViewModel vm = dialog();
        vm.scopeKindProperty().set(ScopeKind.CLUSTER);
        vm.networkProperty().set(network(vm, cluster));
        vm.formatProperty().set(ReportFormat.CSV);
        ExportReportViewModel.Preview p = vm.previewProperty().get();
        assertFalse(p.html());
        assertTrue(p.content().startsWith("type,value,cluster"), p.content());
        vm.formatProperty().set(ReportFormat.MD);
        assertTrue(vm.previewProperty().get().content().startsWith("# "), vm.previewProperty().get().content());
    }

    @Test
    void networksAreListedFlaggedFirstRiskiestFirstWithTheirSizeAndRisk() {
        ExportReportViewModel vm = dialog();
        List<NetworkChoice> listed = vm.networks();
        assertTrue(listed.size() >= 2, listed.toString());
        assertTrue(listed.get(0).flagged(), "a flagged network leads: " + listed);
        assertEquals(listed.stream().sorted(NetworkChoice.LISTED).toList(), listed);
        int firstUnflagged = (int) listed.stream().takeWhile(NetworkChoice::flagged).count();
        assertTrue(listed.subList(firstUnflagged, listed.size()).stream().noneMatch(NetworkChoice::flagged));
        NetworkChoice campaign = network(vm, cluster);
        assertTrue(campaign.describe().matches("Network " + cluster + " · [\\d,]+ accounts · risk \\d\\.\\d\\d"
                + " · flagged"), campaign.describe());

        vm.scopeKindProperty().set(ScopeKind.CLUSTER);
        vm.networkProperty().set(null);
        assertEquals("Choose a network from the list.", vm.scopeProblemProperty().get());
        assertNull(vm.previewProperty().get());
        vm.generate();
        assertEquals(Phase.EDITING, vm.phaseProperty().get());
        assertFalse(Files.exists(vm.outputProperty().get()));
    }

    @Test
    void theTitleAndAuthorGoIntoTheReportAndAreRememberedForTheNextOne() throws Exception {
        ExportReportViewModel vm = dialog();
        assertEquals("", vm.titleProperty().get(), "no title yet: the report names its scope");
        assertEquals(UserSettings.DEFAULT_TEAM, vm.teamProperty().get());
        vm.formatProperty().set(ReportFormat.MD);
        vm.titleProperty().set("Operation Lantern");
        vm.teamProperty().set("Threat intelligence, EMEA");
        assertTrue(vm.previewProperty().get().content().startsWith("# Operation Lantern\n"),
                "the preview follows the title");
        vm.generate();
        assertEquals(Phase.DONE, vm.phaseProperty().get(), vm.resultProperty().get());
        String md = Files.readString(vm.writtenProperty().get());
        assertTrue(md.startsWith("# Operation Lantern\n"), md.substring(0, 80));
        assertTrue(md.contains("Prepared by Threat intelligence, EMEA on "), md.substring(0, 300));

        ExportReportViewModel next = dialog();
        assertEquals("Operation Lantern", next.titleProperty().get(), "remembered for this case");
        assertEquals("Threat intelligence, EMEA", next.teamProperty().get(), "remembered for every report");
        assertEquals(List.of(), problems);
    }

    @Test
    void generatingWritesThePdfAndOffersItsFolder() throws Exception {
        ExportReportViewModel vm = dialog();
        vm.scopeKindProperty().set(ScopeKind.CLUSTER);
        vm.networkProperty().set(network(vm, cluster));
        vm.formatProperty().set(ReportFormat.PDF);
        vm.generate();
        Path pdf = dir.resolve("case-network-" + cluster + ".pdf");
        assertEquals(Phase.DONE, vm.phaseProperty().get(), vm.resultProperty().get());
        assertEquals(pdf, vm.writtenProperty().get());
        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(start, StandardCharsets.US_ASCII));
        assertTrue(vm.resultProperty().get().startsWith("Wrote " + pdf), vm.resultProperty().get());
        assertTrue(tasks.titles().contains("Writing PDF report"));
        vm.openFolder();
        assertEquals(List.of(dir), dialogs.shownFolders);
    }

    @Test
    void aFileTheUserChoseToReplaceIsReplaced() throws Exception {
        Path existing = Files.writeString(dir.resolve("for-the-lead.md"), "last week's report");
        ExportReportViewModel vm = dialog();
        vm.formatProperty().set(ReportFormat.MD);
        dialogs.fileToSave = existing; // the save dialog asked about replacing it
        vm.chooseOutput();
        vm.generate();
        assertEquals(Phase.DONE, vm.phaseProperty().get(), vm.resultProperty().get());
        assertTrue(Files.readString(existing).startsWith("# Distillation campaign report"));
    }

    @Test
    void switchingBetweenHtmlAndPdfReusesThePreview() {
        ExportReportViewModel vm = dialog();
        long built = tasks.titles().stream().filter("Previewing report"::equals).count();
        String html = vm.previewProperty().get().content();
        vm.formatProperty().set(ReportFormat.PDF);
        assertEquals(built, tasks.titles().stream().filter("Previewing report"::equals).count());
        assertEquals(html, vm.previewProperty().get().content());
        assertTrue(vm.previewStatusProperty().get().startsWith("The PDF is printed from this content"));
        vm.formatProperty().set(ReportFormat.MD);
        vm.formatProperty().set(ReportFormat.HTML);
        assertEquals(built + 1, tasks.titles().stream().filter("Previewing report"::equals).count());
        assertEquals(html, vm.previewProperty().get().content());
    }

    @Test
    void aChosenFileKeepsItsNameButFollowsTheFormat() {
        dialogs.fileToSave = dir.resolve("for-the-lead.html");
        ExportReportViewModel vm = dialog();
        vm.chooseOutput();
        vm.formatProperty().set(ReportFormat.MD);
        assertEquals(dir.resolve("for-the-lead.md"), vm.outputProperty().get());
    }

    @Test
    void aNetworkThatIsGoneSaysWhyInThePreviewAndWhenGenerating() {
        ExportReportViewModel vm = dialog();
        vm.scopeKindProperty().set(ScopeKind.CLUSTER);
        vm.networkProperty().set(new NetworkChoice(987654, 3, 10, 0.5, true)); // listed before a new analysis
        assertTrue(vm.previewStatusProperty().get().startsWith("No preview: "), vm.previewStatusProperty().get());
        vm.generate();
        assertEquals(Phase.EDITING, vm.phaseProperty().get());
        assertTrue(vm.resultProperty().get().startsWith("Not written: "), vm.resultProperty().get());
        assertFalse(Files.exists(vm.outputProperty().get()));
    }
}
