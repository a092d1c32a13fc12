package io.hydrascope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.TrafficOverview;
import io.hydrascope.testdata.DemoLogs;
import io.hydrascope.ui.analysis.AnalysisRun;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.analysis.SignalSummary;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.TaskHandle;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TaskRequest;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TinyCaseTest;
import io.hydrascope.ui.core.WorkspaceState;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest extends TinyCaseTest {
    @Test
    void summarisesEveryInteractionPerModelAndMarksWhenTheNewModelAppeared() {
        workspace = TestWorkspaces.open(casePath);
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), new NoAnalysisResults());
        var traffic = vm.trafficProperty().get();
        assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM interactions"), traffic.interactions());
        assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM interactions WHERE model = 'atlas-4'"),
                traffic.modelCounts().get(DemoLogs.NEW_MODEL));
        var markers = OverviewView.launchMarkers(traffic, workspace.zone());
        assertEquals(1, markers.size());
        assertTrue(markers.get(0).label().startsWith("atlas-4 first seen"));
        assertEquals(List.of("atlas-3", "atlas-3-mini", "atlas-4"), workspace.palette().models());
    }

    @Test
    void listsTheBusiestAccountsAndSaysThereIsNoAnalysisYet() {
        workspace = TestWorkspaces.open(casePath);
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), new NoAnalysisResults());
        List<AccountVolume> busiest = vm.busiestAccounts();
        assertEquals(OverviewViewModel.BUSIEST, busiest.size());
        assertTrue(busiest.get(0).interactions() >= busiest.get(1).interactions());
        assertEquals(OverviewViewModel.NO_ANALYSIS, vm.analysisNoteProperty().get());
        assertTrue(vm.clusters().isEmpty());
        assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM accounts"), vm.factsProperty().get().accounts());
    }

    @Test
    void anEmptyCaseSaysWhyItsTrafficChartIsEmpty() {
        Path empty = dir.resolve("empty.hcase");
        io.hydrascope.store.CaseStore.openOrCreate(empty).close();
        workspace = TestWorkspaces.open(empty);
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), new NoAnalysisResults());
        assertEquals(OverviewViewModel.NO_TRAFFIC, vm.trafficNoteProperty().get());
    }

    @Test
    void rowsWithoutAModelGetNoLaunchMarker() {
        long day = 86_400_000_000L;
        TrafficOverview t = new TrafficOverview(30, 0L, 10 * day, Map.of("atlas-4", 10L, "", 20L),
                Map.of("atlas-4", 5 * day, "", 6 * day), day, List.of());
        var markers = OverviewView.launchMarkers(t, java.time.ZoneOffset.UTC);
        assertEquals(1, markers.size());
        assertTrue(markers.get(0).label().startsWith("atlas-4 first seen"), markers.toString());
    }

    @Test
    void saysTheResultsAreBeingReadUntilTheyAreNotThatThereAreNone() {
        workspace = TestWorkspaces.open(casePath);
        List<TaskRequest<?>> queued = new java.util.ArrayList<>();
        DirectTaskRunner direct = new DirectTaskRunner();
        TaskRunner deferred = request -> {
            queued.add(request);
            return new TaskHandle() {
                @Override
                public void cancelWork() {
                }

                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
                    return new javafx.beans.property.SimpleDoubleProperty(-1);
                }

                @Override
                public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
                    return new javafx.beans.property.SimpleStringProperty("");
                }

                @Override
                public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
                    return new javafx.beans.property.SimpleBooleanProperty(true);
                }
            };
        };
        OverviewViewModel vm = new OverviewViewModel(workspace, deferred, new NoAnalysisResults());
        assertEquals(OverviewViewModel.LOADING_ANALYSIS, vm.analysisNoteProperty().get());
        List.copyOf(queued).forEach(direct::submit);
        assertEquals(OverviewViewModel.NO_ANALYSIS, vm.analysisNoteProperty().get());
    }

    @Test
    void openingARankedClusterShowsItsAccountsAsSwimLanes() {
        workspace = TestWorkspaces.open(casePath);
        ClusterSummary cluster = new ClusterSummary("c7", "Cluster 7", 2, 100, 0.93, true,
                List.of(new SignalSummary("Lockstep timing", "81% shared minutes", "3%", 0.9)), Map.of());
        FakeAnalysisResults results = new FakeAnalysisResults();
        results.run = new AnalysisRun("r1", Instant.EPOCH, "1 cluster, 1 flagged");
        results.clusters = List.of(cluster);
        results.clusterAccounts.put("c7", List.of("acct-a", "acct-b"));
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), results);
        assertEquals(List.of(cluster), vm.clusters());
        assertEquals("Latest analysis: 1 cluster, 1 flagged", vm.analysisNoteProperty().get());
        vm.openCluster(cluster);
        assertEquals(List.of("acct-a", "acct-b"), workspace.selectedClusterProperty().get().accountIds());
        assertEquals(Pages.CLUSTER, workspace.activePageProperty().get());
    }

    @Test
    void withoutACaseThereIsNothingToShow() {
        workspace = new WorkspaceState();
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), new NoAnalysisResults());
        assertEquals(null, vm.trafficProperty().get());
        assertTrue(vm.busiestAccounts().isEmpty());
    }

    @Test
    void theRankingKeepsToTheMinimumRiskAndTheTagsOfTheFilter() {
        workspace = TestWorkspaces.open(casePath);
        FakeAnalysisResults results = new FakeAnalysisResults();
        results.run = new AnalysisRun("r1", Instant.EPOCH, "3 clusters");
        ClusterSummary high = new ClusterSummary("1", "Network 1", 40, 900, 0.81, true, List.of(), Map.of());
        ClusterSummary middle = new ClusterSummary("2", "Network 2", 12, 300, 0.45, true, List.of(), Map.of());
        ClusterSummary low = new ClusterSummary("3", "Group 3", 90, 2000, 0.05, false, List.of(), Map.of());
        results.clusters = List.of(high, middle, low);
        OverviewViewModel vm = new OverviewViewModel(workspace, new DirectTaskRunner(), results);
        assertEquals(List.of(high, middle, low), vm.clusters());
        assertEquals("", vm.clustersNoteProperty().get());

        workspace.filterProperty().set(io.hydrascope.ui.core.ViewFilter.NONE.withMinRisk(0.4));
        assertEquals(List.of(high, middle), vm.clusters());
        assertEquals("2 of 3 clusters pass the filters", vm.clustersNoteProperty().get());

        workspace.filterProperty().set(workspace.filter().withTags(java.util.Set.of("needs review")));
        assertEquals(List.of(), vm.clusters());
        workspace.annotations().set(workspace.openCase(), List.of(new io.hydrascope.model.Annotation(1,
                io.hydrascope.model.AnnotationTarget.CLUSTER, "2", "needs review", null, false, Instant.EPOCH, null)));
        assertEquals(List.of(middle), vm.clusters(), "tagging a cluster lets it through at once");

        workspace.filterProperty().set(io.hydrascope.ui.core.ViewFilter.NONE);
        assertEquals(3, vm.clusters().size());
    }
}
