package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.AccountOverview;
import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.LaneData;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.TrafficOverview;
import io.hydrascope.model.UsageSpan;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.testdata.DemoLogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineQueriesTest {
    private static final long DAY = 86_400_000_000L;
    private static final TimeRange ALL = new TimeRange(0, Long.MAX_VALUE);

    @TempDir
    static Path dir;
    static Path casePath;
    static String busiest;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
        busiest = CaseDb.column(casePath, "SELECT a.account_id FROM interactions i JOIN accounts a "
                + "ON a.id = i.account_ref GROUP BY i.account_ref ORDER BY count(*) DESC, a.account_id LIMIT 1").get(0);
    }

    @Test
    void accountOverviewCountsEveryInteractionOfTheAccount() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            AccountOverview a = new AccountTimelineRepository(s).find(busiest).orElseThrow();
            long expected = CaseDb.count(casePath, "SELECT count(*) FROM interactions_v WHERE account_id = '"
                    + busiest + "'");
            assertEquals(expected, a.interactions());
            assertTrue(a.firstMicros() <= a.lastMicros());
            assertEquals(DemoLogs.CAMPAIGN_A, a.labelCampaign());
            assertFalse(new AccountTimelineRepository(s).find("no-such-account").isPresent());
        }
    }

    @Test
    void activityBucketsAddUpToTheAccountTotalAtEveryBucketSize() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            AccountTimelineRepository repo = new AccountTimelineRepository(s);
            long total = repo.find(busiest).orElseThrow().interactions();
            for (long bucket : new long[] {1_000_000L, 3_600_000_000L, DAY, 7 * DAY}) {
                List<BucketCount> buckets = repo.activity(busiest, ALL, bucket, 0);
                assertEquals(total, buckets.stream().mapToLong(BucketCount::count).sum(), "bucket " + bucket);
                assertTrue(buckets.stream().allMatch(b -> b.bucketStartMicros() % bucket == 0));
            }
        }
    }

    @Test
    void interactionsComeInTimeOrderWithinTheWindowAndTheirPromptsCanBeRead() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            AccountTimelineRepository repo = new AccountTimelineRepository(s);
            AccountOverview a = repo.find(busiest).orElseThrow();
            TimeRange firstDay = new TimeRange(a.firstMicros(), a.firstMicros() + DAY);
            List<InteractionRow> rows = repo.interactions(busiest, firstDay, 10_000);
            assertEquals(repo.count(busiest, firstDay), rows.size());
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(rows.get(i - 1).timestampMicros() <= rows.get(i).timestampMicros());
            }
            InteractionRow first = rows.get(0);
            String prompt = repo.prompt(first.id()).orElseThrow();
            assertEquals(prompt.length(), first.promptLength());
            assertTrue(prompt.startsWith(first.promptPreview()));
            assertEquals(3, repo.interactions(busiest, firstDay, 3).size());
        }
    }

    @Test
    void ipsAndUserAgentsSpanTheAccountsUse() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            AccountTimelineRepository repo = new AccountTimelineRepository(s);
            long total = repo.find(busiest).orElseThrow().interactions();
            List<UsageSpan> ips = repo.ips(busiest, 1000);
            assertEquals(total, ips.stream().mapToLong(UsageSpan::interactions).sum());
            assertTrue(ips.size() > 1, "a campaign account rotates datacenter IPs");
            assertEquals(List.of("python-httpx/0.27.0"), repo.userAgents(busiest, 10).stream()
                    .map(UsageSpan::value).toList());
        }
    }

    @Test
    void accountsSharingAnIpIncludeTheAccountAndItsCampaignPeers() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            AccountDirectoryRepository dirRepo = new AccountDirectoryRepository(s);
            List<String> peers = dirRepo.sharingAnIp(busiest, 500).stream().map(AccountVolume::accountId).toList();
            assertTrue(peers.contains(busiest));
            assertTrue(peers.size() >= 6, "campaign accounts share datacenter subnets: " + peers);
            assertEquals(busiest, dirRepo.busiest(5).get(0).accountId());
            List<String> prefixed = dirRepo.idsStartingWith(busiest.substring(0, 7), 50);
            assertTrue(prefixed.contains(busiest));
            assertTrue(prefixed.stream().allMatch(id -> id.startsWith(busiest.substring(0, 7))));
        }
    }

    @Test
    void lanesCountTheSameInteractionsAsTheAccountTimelineAndUnknownAccountsGiveEmptyLanes() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            List<LaneData> lanes = new ArrayList<>();
            new ClusterLaneRepository(s).lanes(List.of(busiest, "ghost"), ALL, DAY, 0, new CancellationToken(),
                    lanes::add);
            assertEquals(List.of(busiest, "ghost"), lanes.stream().map(LaneData::accountId).toList());
            long total = new AccountTimelineRepository(s).find(busiest).orElseThrow().interactions();
            assertEquals(total, lanes.get(0).buckets().stream().mapToLong(BucketCount::count).sum());
            assertTrue(lanes.get(0).createdMicros() != null);
            assertTrue(lanes.get(1).buckets().isEmpty());
        }
    }

    @Test
    void clusterInteractionsAreTheEarliestOfAllItsAccountsInTheWindow() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession s = store.newReader()) {
            List<String> accounts = new AccountDirectoryRepository(s).busiest(4).stream()
                    .map(AccountVolume::accountId).toList();
            ClusterLaneRepository repo = new ClusterLaneRepository(s);
            List<InteractionRow> rows = repo.interactions(accounts, ALL, 50);
            assertEquals(50, rows.size());
            assertTrue(rows.stream().allMatch(r -> accounts.contains(r.accountId())));
            long firstTs = CaseDb.count(casePath, "SELECT min(i.ts) FROM interactions i JOIN accounts a "
                    + "ON a.id = i.account_ref WHERE a.account_id IN ('" + String.join("','", accounts) + "')");
            assertEquals(firstTs, rows.get(0).timestampMicros());
            long all = CaseDb.count(casePath, "SELECT count(*) FROM interactions_v WHERE account_id IN ('"
                    + String.join("','", accounts) + "')");
            assertEquals(all, repo.count(accounts, ALL));
        }
    }

    @Test
    void trafficRollupSummarisesEveryInteractionAndCatchesUpAfterMoreRows() {
        try (CaseStore store = CaseStore.open(casePath)) {
            TrafficRollupRepository.Rollup rollup;
            try (ReadSession s = store.newReader()) {
                rollup = TrafficRollupRepository.update(s, ProgressListener.NONE, new CancellationToken());
            }
            new TrafficRollupRepository(store).save(rollup);
            TrafficOverview o = TrafficRollupRepository.overview(rollup);
            assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM interactions"), o.interactions());
            assertEquals(CaseDb.count(casePath, "SELECT min(ts) FROM interactions"), o.firstMicros());
            assertEquals(List.of("atlas-3", "atlas-3-mini", DemoLogs.NEW_MODEL),
                    List.copyOf(o.modelFirstSeen().keySet()));
            assertEquals(CaseDb.count(casePath, "SELECT min(ts) FROM interactions WHERE model = 'atlas-4'"),
                    o.modelFirstSeen().get(DemoLogs.NEW_MODEL));
            try (ReadSession s = store.newReader()) {
                TrafficRollupRepository.Rollup again = TrafficRollupRepository.update(s, (d, t, m) -> {
                    throw new AssertionError("a current rollup is not recomputed");
                }, new CancellationToken());
                assertEquals(rollup.uptoId(), again.uptoId());
            }
        }
    }
}
