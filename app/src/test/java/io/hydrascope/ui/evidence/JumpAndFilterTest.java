package io.hydrascope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.TimeRange;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TinyCaseTest;
import io.hydrascope.ui.core.ViewFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jump-to field's look-ups and the filter bar's view model, without a toolkit. */
class JumpAndFilterTest extends TinyCaseTest {
    private JumpSearch.Target jump(String text) {
        JumpSearch.Target target = JumpSearch.resolve(workspace.openCase().reader(), text);
        JumpSearch.show(workspace, target);
        return target;
    }

    @Test
    void jumpsToAnAccountARequestAnIpOrACard() {
        workspace = TestWorkspaces.open(casePath);
        String account = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id").get(5);
        assertEquals(JumpSearch.Kind.ACCOUNT, jump("  " + account + " ").kind());
        assertEquals(account, workspace.selectedAccountProperty().get());

        String[] req = CaseDb.column(casePath, "SELECT i.request_id || ' ' || a.account_id FROM interactions i "
                + "JOIN accounts a ON a.id = i.account_ref ORDER BY i.id DESC LIMIT 1").get(0).split(" ");
        workspace.activePageProperty().set(Pages.OVERVIEW);
        assertEquals(JumpSearch.Kind.REQUEST, jump(req[0]).kind());
        assertEquals(req[1], workspace.selectedAccountProperty().get());
        assertEquals(req[0], workspace.selectedInteractionProperty().get());
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());

        String ip = CaseDb.column(casePath, "SELECT ip FROM interactions WHERE ip IS NOT NULL GROUP BY ip "
                + "ORDER BY count(DISTINCT account_ref) DESC LIMIT 1").get(0);
        long users = CaseDb.count(casePath, "SELECT count(DISTINCT account_ref) FROM interactions WHERE ip = '"
                + ip + "'");
        assertEquals(JumpSearch.Kind.IP, jump(ip).kind());
        assertEquals(Pages.CLUSTER, workspace.activePageProperty().get());
        assertEquals(users, workspace.selectedClusterProperty().get().accountIds().size());
        assertEquals("Accounts that used IP " + ip + " (" + users + ")", workspace.selectedClusterProperty().get()
                .title());

        String card = CaseDb.column(casePath, "SELECT payment_fingerprint FROM accounts WHERE payment_fingerprint "
                + "IS NOT NULL LIMIT 1").get(0);
        assertEquals(JumpSearch.Kind.PAYMENT, jump(card).kind());
        assertTrue(workspace.selectedClusterProperty().get().title().startsWith("Accounts paying with " + card));

        JumpSearch.Target none = JumpSearch.resolve(workspace.openCase().reader(), "<b>nobody</b>");
        assertEquals(JumpSearch.Kind.NOT_FOUND, none.kind());
        assertEquals("No account, request id, IP or payment fingerprint \"<b>nobody</b>\"",
                JumpSearch.show(workspace, none));
    }

    @Test
    void theFilterBarWritesTheWorkspaceFilter() {
        workspace = TestWorkspaces.open(casePath);
        FilterBarViewModel vm = new FilterBarViewModel(workspace);
        assertEquals(List.of("confirmed", "false positive", "needs review"), vm.tagChoices());
        assertTrue(vm.topicChoices().contains("alignment-policy"));
        workspace.palette().register(List.of("atlas-3", "atlas-4"));
        assertEquals(List.of("atlas-3", "atlas-4"), vm.modelChoices(), "models follow the palette");
        vm.setMinRisk(0.42);
        assertEquals(0.40, workspace.filter().minRisk(), 1e-9, "risk steps of 0.05");
        vm.setModels(Set.of("atlas-4"));
        vm.setTags(Set.of("confirmed"));
        workspace.zoneProperty().set(ZoneId.of("Europe/Berlin"));
        vm.setDates(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4));
        TimeRange w = workspace.filter().window();
        assertEquals(java.time.Instant.parse("2026-02-02T23:00:00Z").getEpochSecond() * 1_000_000L, w.fromMicros());
        assertEquals(java.time.Instant.parse("2026-02-04T23:00:00Z").getEpochSecond() * 1_000_000L, w.toMicros());
        assertEquals(LocalDate.of(2026, 2, 3), vm.fromDate());
        assertEquals(LocalDate.of(2026, 2, 4), vm.toDate());
        assertEquals("4 filters on", vm.shortSummaryBinding().get());
        assertTrue(vm.summaryBinding().get().contains("risk ≥ 0.40"));
        assertEquals(Set.of("atlas-4"), workspace.filter().interactions().models());

        vm.setDates(null, LocalDate.of(2026, 2, 4));
        assertNull(vm.fromDate());
        assertEquals(LocalDate.of(2026, 2, 4), vm.toDate());
        workspace.brushedRangeProperty().set(new TimeRange(1_000, 2_000));
        vm.useBrushedRange();
        assertEquals(new TimeRange(1_000, 2_000), workspace.filter().window());
        vm.clear();
        assertEquals(ViewFilter.NONE, workspace.filter());
        assertEquals("No filters", vm.shortSummaryBinding().get());
        workspace.zoneProperty().set(ZoneOffset.UTC);
    }

    @Test
    void aWindowClipsRangesAndDropsThoseOutsideIt() {
        ViewFilter f = ViewFilter.NONE.withWindow(new TimeRange(100, 200));
        assertEquals(new TimeRange(150, 200), f.clip(new TimeRange(150, 400)));
        assertNull(f.clip(new TimeRange(300, 400)));
        assertEquals(new TimeRange(300, 400), ViewFilter.NONE.clip(new TimeRange(300, 400)));
    }

    @Test
    void theSwimLanesKeepToTaggedAccountsTheWindowAndTheModels() {
        workspace = TestWorkspaces.open(casePath);
        var tasks = new io.hydrascope.ui.core.DirectTaskRunner();
        var vm = new io.hydrascope.ui.timeline.ClusterTimelineViewModel(workspace, tasks,
                new io.hydrascope.ui.analysis.NoAnalysisResults());
        AnnotationActions actions = new AnnotationActions(workspace, tasks,
                new io.hydrascope.ui.core.RecordingDialogs(), AnnotationActions.Signature.systemUser());
        List<String> accounts = CaseDb.column(casePath, "SELECT a.account_id FROM interactions i JOIN accounts a "
                + "ON a.id = i.account_ref GROUP BY 1 ORDER BY count(*) DESC LIMIT 3");
        workspace.openCluster(new io.hydrascope.ui.core.ClusterSelection("x", "Three", accounts));
        assertEquals(3, vm.lanes().size());

        workspace.filterProperty().set(ViewFilter.NONE.withTags(Set.of("confirmed")));
        assertEquals(0, vm.lanes().size());
        assertTrue(vm.noteProperty().get().startsWith("None of the 3 accounts"));
        actions.tag(io.hydrascope.model.AnnotationTarget.ACCOUNT, accounts.get(1), "confirmed");
        assertEquals(List.of(accounts.get(1)), vm.lanes().stream().map(l -> l.accountId()).toList(),
                "tagging an account brings its lane back at once");

        workspace.filterProperty().set(ViewFilter.NONE.withModels(Set.of("atlas-4")));
        assertEquals(3, vm.lanes().size());
        assertTrue(!vm.interactions().rows().isEmpty()
                && vm.interactions().rows().stream().allMatch(r -> r.model().equals("atlas-4")));
        assertTrue(vm.interactions().noteProperty().get().contains(" filtered interactions in "));

        TimeRange day = new TimeRange(java.time.Instant.parse("2026-02-05T00:00:00Z").getEpochSecond() * 1_000_000L,
                java.time.Instant.parse("2026-02-06T00:00:00Z").getEpochSecond() * 1_000_000L);
        workspace.filterProperty().set(ViewFilter.NONE.withWindow(day));
        assertTrue(day.contains(vm.windowBounds().fromMicros()) && vm.windowBounds().toMicros() <= day.toMicros());
        assertTrue(vm.interactions().rows().stream().allMatch(r -> day.contains(r.timestampMicros())));
        assertTrue(!vm.interactions().rows().isEmpty());
    }
}
