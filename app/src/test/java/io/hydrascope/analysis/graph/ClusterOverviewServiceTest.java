package io.hydrascope.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterOverviewServiceTest {
    private static ClusterOverview build(ClusterOverviewService service) throws Exception {
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); ReadSession session = store.newReader()) {
            return service.build(session, ProgressListener.NONE, new CancellationToken());
        }
    }

    @Test
    void drawsClustersOfTwoOrMoreAccountsLinkedByTheKeysTheirAccountsShare() throws Exception {
        ClusterOverview overview = build(new ClusterOverviewService());
        var path = AnalysedCase.shared();
        assertEquals(CaseDb.count(path, "SELECT count(*) FROM clusters WHERE accounts >= 2"),
                overview.clusters().size());
        long singles = CaseDb.count(path, "SELECT count(*) FROM clusters WHERE accounts < 2");
        assertEquals(singles > 0, overview.note().contains(singles + " single-account clusters not drawn"),
                overview.note());
        Set<Long> ids = new HashSet<>();
        overview.clusters().forEach(c -> ids.add(c.clusterId()));
        assertTrue(overview.clusters().stream().allMatch(c -> c.x() >= 0 && c.x() <= 1 && c.y() >= 0 && c.y() <= 1));
        assertTrue(!overview.links().isEmpty(), "the campaign's split-off accounts share its subnet and mail domain");
        for (ClusterOverview.ClusterLink link : overview.links()) {
            assertTrue(ids.contains(link.fromCluster()) && ids.contains(link.toCluster()));
            long shared = CaseDb.count(path, "SELECT count(*) FROM (SELECT ak.key_id FROM account_keys ak "
                    + "JOIN account_results r ON r.account_ref = ak.account_ref WHERE r.cluster_id IN ("
                    + link.fromCluster() + ", " + link.toCluster() + ") GROUP BY ak.key_id "
                    + "HAVING count(DISTINCT r.cluster_id) = 2)");
            assertEquals(shared, link.sharedKeys(), "keys shared by clusters " + link.fromCluster() + " and "
                    + link.toCluster());
            assertEquals(link.sharedKeys(), link.kinds().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void keysHeldByTooManyClustersLinkNothingAndAreNamedInTheNote() throws Exception {
        ClusterOverview all = build(new ClusterOverviewService());
        ClusterOverview strict = build(new ClusterOverviewService(new ClusterOverviewService.Limits(400, 1, 50, 42L)));
        assertTrue(strict.links().isEmpty(), "a key must be held by two clusters to link them");
        assertTrue(strict.note().contains("keys shared by very many clusters ignored"), strict.note());
        assertEquals(all.clusters().size(), strict.clusters().size());
    }

    @Test
    void capsTheClustersRiskiestFirstWithANote() throws Exception {
        ClusterOverview capped = build(new ClusterOverviewService(new ClusterOverviewService.Limits(2, 25, 50, 42L)));
        assertEquals(2, capped.clusters().size());
        assertTrue(capped.note().startsWith("showing 2 of "), capped.note());
        assertTrue(capped.clusters().get(0).risk() >= capped.clusters().get(1).risk());
    }
}
