package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.analysis.graph.ClusterOverviewService;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphViewModelTest {
    @TempDir
    Path dir;
    WorkspaceState workspace;
    DirectTaskRunner tasks = new DirectTaskRunner();
    RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private GraphViewModel open(ClusterGraphService.Limits limits) throws Exception {
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        return new GraphViewModel(workspace, tasks, dialogs, new StoredAnalysisResults(), ScenePreparer.NONE,
                new ClusterGraphService(limits), new ClusterOverviewService());
    }

    private GraphScene scene(GraphViewModel vm) {
        assertNotNull(vm.loadedProperty().get(), "a picture was loaded: " + vm.messageProperty().get());
        return vm.loadedProperty().get().scene();
    }

    private static long campaign() throws Exception {
        return AnalysedCase.campaignCluster();
    }

    private static int campaignSize() throws Exception {
        return (int) CaseDb.count(AnalysedCase.shared(), "SELECT accounts FROM clusters WHERE id = " + campaign());
    }

    @Test
    void overviewDrawsEveryClusterOfTwoOrMoreAccountsSizedByAccounts() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        GraphScene scene = scene(vm);
        long expected = CaseDb.count(AnalysedCase.shared(), "SELECT count(*) FROM clusters WHERE accounts >= 2");
        assertEquals(expected, scene.nodes().size());
        assertEquals(expected, vm.rows().size());
        assertTrue(scene.nodes().stream().allMatch(GraphScene.Node::isCluster));
        GraphScene.Node campaign = node(scene, "c" + campaign());
        assertTrue(campaign.flagged());
        assertTrue(scene.nodes().stream().filter(n -> n != campaign).allMatch(n -> n.size() <= campaign.size()
                || n.label().startsWith("Group")), "the campaign is drawn at least as big as smaller clusters");
        assertTrue(scene.nodes().stream().allMatch(n -> n.x() >= 0 && n.x() <= 1 && n.y() >= 0 && n.y() <= 1));
        assertEquals(List.of(), tasks.unhandled());
    }

    @Test
    void clickingAClusterSelectsItInTheWorkspaceAndDoubleClickDrillsDown() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        GraphScene.Node campaign = node(scene(vm), "c" + campaign());
        vm.select(campaign);
        assertEquals(Long.toString(campaign()), workspace.selectedClusterProperty().get().id());
        assertEquals(campaignSize(), workspace.selectedClusterProperty().get().accountIds().size());
        assertEquals(GraphMode.OVERVIEW, vm.modeProperty().get());
        assertEquals(campaign.id(), vm.selectedNodeProperty().get());

        vm.activate(campaign);
        assertEquals(GraphMode.CLUSTER, vm.modeProperty().get());
        GraphScene drill = scene(vm);
        assertEquals(campaignSize(), drill.nodes().stream().filter(GraphScene.Node::isAccount).count());
        Set<String> kinds = drill.nodes().stream().filter(n -> !n.isAccount()).map(GraphScene.Node::kind)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(kinds.contains("payment") && kinds.contains("subnet"), "links by payment and subnet: " + kinds);
        assertEquals(campaignSize(), vm.rows().size());
    }

    @Test
    void clickingAnAccountSelectsItEverywhereAndDoubleClickOpensItsTimeline() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        vm.activate(node(scene(vm), "c" + campaign()));
        GraphScene.Node account = scene(vm).nodes().stream().filter(n -> "camp-01".equals(n.target())).findFirst()
                .orElseThrow();
        vm.select(account);
        assertEquals("camp-01", workspace.selectedAccountProperty().get());
        assertEquals(account.id(), vm.selectedNodeProperty().get());
        workspace.selectedAccountProperty().set("camp-02");
        assertEquals("camp-02", vm.node(vm.selectedNodeProperty().get()).target(), "follows the workspace");
        vm.activate(account);
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
        assertEquals("camp-01", workspace.selectedAccountProperty().get());
    }

    @Test
    void aCappedClusterSaysWhatItShowsAndListsEveryMember() throws Exception {
        GraphViewModel vm = open(new ClusterGraphService.Limits(3, 200, 100, 42L));
        vm.activate(node(scene(vm), "c" + campaign()));
        GraphScene drill = scene(vm);
        assertEquals(3, drill.nodes().stream().filter(GraphScene.Node::isAccount).count());
        int size = campaignSize();
        assertTrue(drill.note().startsWith("showing 3 of " + size + " accounts, ranked by"), drill.note());
        assertEquals(size, vm.rows().size(), "the table lists every member");
        assertEquals(3, vm.rows().stream().filter(GraphRow::shown).count());
        assertEquals("All " + size + " members (3 drawn)", vm.tableTitle());
    }

    @Test
    void theRiskFilterHidesLowRiskClustersFromTheOverview() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        int all = scene(vm).nodes().size();
        workspace.filterProperty().set(new ViewFilter(Set.of(), 0.3, Set.of(), Set.of(), null));
        GraphScene filtered = scene(vm);
        assertTrue(filtered.nodes().size() < all);
        assertTrue(filtered.nodes().stream().allMatch(n -> n.risk() >= 0.3));
        assertTrue(filtered.note().contains("below risk 0.30 hidden by the filter"), filtered.note());
    }

    @Test
    void withoutASelectedClusterTheDrillDownSaysWhatToDo() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        vm.drillDown();
        assertNull(vm.loadedProperty().get());
        assertEquals(GraphViewModel.NO_CLUSTER, vm.messageProperty().get());
    }

    @Test
    void exportsTheCurrentPictureAsPngAndSvgWithHostileTextEscaped() throws Exception {
        GraphViewModel vm = open(ClusterGraphService.Limits.DEFAULT);
        vm.activate(node(scene(vm), "c" + campaign()));
        vm.select(scene(vm).nodes().stream().filter(n -> AnalysedCase.FORMULA_ACCOUNT.equals(n.target()))
                .findFirst().orElseThrow());
        Path png = dir.resolve("graph.png");
        dialogs.fileToSave = png;
        vm.export();
        assertEquals(List.of("cluster-" + campaign() + ".png"), dialogs.saveSuggestions);
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        Path svg = dir.resolve("graph.svg");
        dialogs.fileToSave = svg;
        vm.export();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var xml = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getNodeName(), "well-formed SVG");
        assertTrue(xml.getDocumentElement().getTextContent().contains("=HYPERLINK(\"http://evil.example\")"),
                "the selected account's hostile id is drawn as text, escaped");
        assertEquals(List.of(), dialogs.errors);
    }

    private static GraphScene.Node node(GraphScene scene, String id) {
        return scene.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError(id + " not in " + scene.nodes().stream().map(GraphScene.Node::id).toList()));
    }
}
