package io.hydrascope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.analysis.AccountResult;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountTimelineViewModelTest {
    @TempDir
    static Path dir;
    static Path casePath;
    static String busiest;
    static long busiestCount;
    WorkspaceState workspace;
    FakeAnalysisResults results;
    AccountTimelineViewModel vm;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
        busiest = CaseDb.column(casePath, "SELECT account_id FROM interactions_v GROUP BY account_id "
                + "ORDER BY count(*) DESC, account_id LIMIT 1").get(0);
        busiestCount = CaseDb.count(casePath, "SELECT count(*) FROM interactions_v WHERE account_id = '" + busiest
                + "'");
    }

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.open(casePath);
        results = new FakeAnalysisResults();
        vm = new AccountTimelineViewModel(workspace, new DirectTaskRunner(), results);
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    @Test
    void selectingAnAccountAnywhereOpensItsTimeline() {
        assertEquals(AccountTimelineViewModel.PICK, vm.noteProperty().get());
        workspace.openAccount(busiest);
        assertEquals(busiest, vm.accountProperty().get().accountId());
        assertEquals(busiestCount, vm.accountProperty().get().interactions());
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
        assertTrue(vm.loadedProperty().get());
        assertEquals("", vm.noteProperty().get());
        long counted = vm.activityProperty().get().buckets().stream().mapToLong(BucketCount::count).sum();
        assertEquals(busiestCount, counted, "activity over the whole period counts every interaction");
        assertEquals(Math.min(busiestCount, AccountDetails.TABLE_LIMIT), vm.details().interactions().size());
        assertTrue(!vm.details().ips().isEmpty() && !vm.details().userAgents().isEmpty());
    }

    @Test
    void selectingAnAccountWhileAnotherPageIsInFrontLoadsItOnlyWhenThePageIsShown() {
        workspace.activePageProperty().set(Pages.GRAPH);
        workspace.selectedAccountProperty().set(busiest);
        assertNull(vm.accountProperty().get(), "nothing is read for a page nobody looks at");
        assertEquals(false, vm.loadedProperty().get());
        workspace.selectedAccountProperty().set(null);
        workspace.selectedAccountProperty().set(busiest);
        workspace.activePageProperty().set(Pages.ACCOUNT);
        assertEquals(busiest, vm.accountProperty().get().accountId());
        assertTrue(vm.loadedProperty().get());
    }

    @Test
    void anUnknownAccountSaysSoInsteadOfShowingAnEmptyTimeline() {
        workspace.openAccount("acct-nobody");
        assertNull(vm.accountProperty().get());
        assertEquals("No account acct-nobody in this case.", vm.noteProperty().get());
        assertTrue(vm.details().interactions().isEmpty());
    }

    @Test
    void zoomingInCountsInSmallerBucketsAroundThePointer() {
        workspace.openAccount(busiest);
        TimeRange all = vm.windowProperty().get();
        long coarse = vm.activityProperty().get().bucketMicros();
        for (int i = 0; i < 8; i++) {
            vm.zoom(0.5, 0.5);
        }
        TimeRange zoomed = vm.windowProperty().get();
        assertEquals(all.spanMicros() / 256, zoomed.spanMicros(), all.spanMicros() / 1000.0);
        assertTrue(vm.activityProperty().get().bucketMicros() < coarse);
        assertTrue(vm.details().interactions().stream().allMatch(r -> zoomed.contains(r.timestampMicros())),
                "the table follows the window");
        vm.resetZoom();
        assertEquals(all, vm.windowProperty().get());
    }

    @Test
    void zoomingDownToSecondsCountsPerSecond() {
        workspace.openAccount(busiest);
        for (int i = 0; i < 30; i++) {
            vm.zoom(0.5, 0.5);
        }
        assertEquals(TimeAxis.SECOND, vm.activityProperty().get().bucketMicros());
    }

    @Test
    void brushingARangeFiltersTheInteractionsInEveryView() {
        workspace.openAccount(busiest);
        TimeRange all = vm.windowProperty().get();
        TimeRange day = new TimeRange(all.fromMicros() + 2 * TimeAxis.DAY, all.fromMicros() + 3 * TimeAxis.DAY);
        vm.brush(day);
        assertEquals(day, workspace.brushedRangeProperty().get());
        List<InteractionRow> rows = vm.details().interactions();
        long expected = CaseDb.count(casePath, "SELECT count(*) FROM interactions i JOIN accounts a ON a.id = "
                + "i.account_ref WHERE a.account_id = '" + busiest + "' AND i.ts >= " + day.fromMicros()
                + " AND i.ts < " + day.toMicros());
        assertEquals(expected, rows.size());
        vm.zoomToBrush();
        assertEquals(day, vm.windowProperty().get());
    }

    @Test
    void selectingAnInteractionShowsItsWholePrompt() {
        workspace.openAccount(busiest);
        InteractionRow row = vm.details().interactions().get(0);
        vm.details().select(row);
        String full = CaseDb.column(casePath, "SELECT prompt FROM interactions WHERE id = " + row.id()).get(0);
        assertEquals(full, vm.details().promptProperty().get());
    }

    @Test
    void groupingByConversationKeepsTurnsTogetherInOrder() {
        String talker = CaseDb.column(casePath, "SELECT account_id FROM interactions_v WHERE turn >= 3 "
                + "ORDER BY account_id LIMIT 1").get(0);
        workspace.openAccount(talker);
        vm.details().groupByConversationProperty().set(true);
        List<InteractionRow> rows = vm.details().interactions();
        for (int i = 1; i < rows.size(); i++) {
            InteractionRow a = rows.get(i - 1);
            InteractionRow b = rows.get(i);
            if (a.conversationId().equals(b.conversationId())) {
                assertTrue(a.turn() < b.turn(), a + " before " + b);
            }
        }
        assertEquals(rows.stream().map(InteractionRow::conversationId).distinct().count(),
                rows.stream().map(InteractionRow::conversationId).toList().stream()
                        .filter(new java.util.HashSet<String>()::add).count());
    }

    @Test
    void analysisResultsAndTopicsShowWhenTheDetectionEngineHasThem() {
        results.accounts.put(busiest, new AccountResult(busiest, "c1", 0.91, true, "agentic", List.of()));
        results.everyInteraction = new InteractionTopic("agentic", true, 0.9, false);
        workspace.openAccount(busiest);
        assertEquals(0.91, vm.analysisProperty().get().risk());
        InteractionRow row = vm.details().interactions().get(0);
        assertTrue(vm.topics().get(row.id()).chainOfThought());
    }

    @Test
    void accountsSharingItsIpsOpenAsACluster() {
        workspace.openAccount(busiest);
        vm.openAccountsSharingIps();
        var cluster = workspace.selectedClusterProperty().get();
        assertTrue(cluster.accountIds().contains(busiest));
        assertTrue(cluster.title().startsWith("Accounts sharing an IP with " + busiest));
        assertEquals(Pages.CLUSTER, workspace.activePageProperty().get());
    }

    @Test
    void theAccountsSharingItsIpsSayWhichIpsTheyShare() {
        String sharer = CaseDb.column(casePath, "SELECT a.account_id FROM interactions_v a JOIN interactions_v b "
                + "ON a.ip = b.ip AND a.account_id <> b.account_id GROUP BY a.account_id ORDER BY count(DISTINCT a.ip) "
                + "DESC, a.account_id LIMIT 1").get(0);
        List<String> expected = CaseDb.column(casePath, "SELECT ip || ' (' || count(DISTINCT account_id) || "
                + "' accounts)' FROM interactions_v WHERE ip IN (SELECT ip FROM interactions_v WHERE account_id = '"
                + sharer + "') GROUP BY ip HAVING count(DISTINCT account_id) > 1 "
                + "ORDER BY count(DISTINCT account_id) DESC, ip LIMIT " + AccountDetails.IPS_LIMIT);
        workspace.openAccount(sharer);
        vm.openAccountsSharingIps();
        String detail = workspace.selectedClusterProperty().get().detail();
        assertTrue(detail.startsWith(expected.size() == 1 ? "Shared IP: " : "Shared IPs: "), detail);
        assertTrue(detail.contains(String.join(", ", expected)), detail + " lists " + expected);
    }

    @Test
    void anAccountWhoseIpsNobodyElseUsedSaysSo() {
        assertEquals("No IP of this account was used by another account.", AccountDetails.describe(List.of()));
        assertEquals("Shared IP: 10.0.0.1 (3 accounts)", AccountDetails.describe(List.of(
                new io.hydrascope.model.SharedIp("10.0.0.1", 3))));
    }
}
