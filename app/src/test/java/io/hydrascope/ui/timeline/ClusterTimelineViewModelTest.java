package io.hydrascope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.LaneSummary;
import io.hydrascope.model.TimeRange;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTimelineViewModelTest {
    @TempDir
    static Path dir;
    static Path casePath;
    static List<String> accounts;
    WorkspaceState workspace;
    DirectTaskRunner tasks;
    ClusterTimelineViewModel vm;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
        accounts = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id");
    }

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.open(casePath);
        tasks = new DirectTaskRunner();
        vm = new ClusterTimelineViewModel(workspace, tasks, new NoAnalysisResults());
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private void openAll() {
        List<String> withGhost = new ArrayList<>(accounts);
        withGhost.add("acct-ghost");
        workspace.openCluster(new ClusterSelection("all", "Everyone", withGhost));
    }

    @Test
    void everyAccountGetsALaneCountedInChunksThatAddUpToItsInteractions() {
        openAll();
        assertEquals(accounts.size() + 1, vm.lanes().size());
        long lanesTotal = 0;
        for (LaneSummary lane : vm.lanes()) {
            LaneSeries s = vm.series(lane.accountId());
            assertNotNull(s, lane.accountId());
            lanesTotal += LongStream.of(s.totals()).sum();
        }
        assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM interactions"), lanesTotal);
        long chunks = tasks.titles().stream().filter(t -> t.equals("Counting swim lanes")).count();
        assertEquals((vm.lanes().size() + ClusterTimelineViewModel.CHUNK - 1) / ClusterTimelineViewModel.CHUNK, chunks);
        assertEquals("", vm.progressProperty().get());
    }

    @Test
    void lanesAreOrderedByCreationAndCanBeReorderedByVolume() {
        openAll();
        List<LaneSummary> byCreation = List.copyOf(vm.lanes());
        for (int i = 1; i < byCreation.size() - 1; i++) {
            assertTrue(byCreation.get(i - 1).createdMicros() <= byCreation.get(i).createdMicros());
        }
        assertEquals("acct-ghost", byCreation.get(byCreation.size() - 1).accountId(), "unknown accounts go last");
        vm.orderProperty().set(LaneOrder.VOLUME);
        for (int i = 1; i < vm.lanes().size(); i++) {
            assertTrue(vm.lanes().get(i - 1).interactions() >= vm.lanes().get(i).interactions());
        }
    }

    @Test
    void zoomingRecountsLanesInFinerBuckets() {
        openAll();
        long coarse = vm.bucketMicros();
        vm.zoom(0.01, 0.5);
        assertTrue(vm.bucketMicros() < coarse);
        String lane = vm.lanes().get(0).accountId();
        assertEquals(vm.bucketMicros(), vm.series(lane).bucketMicros());
    }

    @Test
    void brushingATimeRangeFiltersTheClusterInteractionsTable() {
        workspace.openCluster(new ClusterSelection("few", "Few", accounts.subList(0, 5)));
        TimeRange w = vm.windowProperty().get();
        TimeRange range = new TimeRange(w.fromMicros() + TimeAxis.DAY, w.fromMicros() + 3 * TimeAxis.DAY);
        vm.brush(range);
        var rows = vm.interactions().rows();
        assertTrue(!rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> range.contains(r.timestampMicros())
                && accounts.subList(0, 5).contains(r.accountId())));
        assertTrue(vm.interactions().noteProperty().get().contains("selected range"));
    }

    @Test
    void aLaneSelectsItsAccountEverywhereAndOpensItsTimeline() {
        openAll();
        vm.selectAccount(accounts.get(3));
        assertEquals(accounts.get(3), workspace.selectedAccountProperty().get());
        vm.openAccount(accounts.get(3));
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
    }

    @Test
    void withoutAClusterItExplainsWhereOneComesFrom() {
        assertEquals(ClusterTimelineViewModel.PICK, vm.noteProperty().get());
        assertTrue(vm.lanes().isEmpty());
    }
}
