package io.hydrascope.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterGraphServiceTest {
    private static ClusterGraph build(ClusterGraphService service) throws Exception {
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); ReadSession session = store.newReader()) {
            List<Long> refs = new ReportQueries(session).memberRefs(AnalysedCase.campaignCluster());
            return service.build(session, refs, ProgressListener.NONE, new CancellationToken());
        }
    }

    @Test
    void linksAccountsThroughKeysTheyShareWithPositionsInTheUnitSquare() throws Exception {
        ClusterGraph g = build(new ClusterGraphService());

        assertEquals(g.totalAccounts(), g.shownAccounts());
        assertEquals("", g.note());
        Set<String> ids = new HashSet<>();
        g.nodes().forEach(n -> ids.add(n.id()));
        Map<String, Integer> keyDegree = new HashMap<>();
        for (GraphEdge e : g.edges()) {
            assertTrue(ids.contains(e.accountNode()) && ids.contains(e.keyNode()));
            keyDegree.merge(e.keyNode(), 1, Integer::sum);
        }
        assertTrue(keyDegree.values().stream().allMatch(d -> d >= 2), "every key links two accounts or more");
        assertTrue(g.nodes().stream().anyMatch(n -> n.kind().equals("payment") && n.label().equals("fp_shared_one")));
        assertTrue(g.nodes().stream().anyMatch(n -> n.kind().equals("subnet") && n.label().equals("203.0.113.0/24")));
        for (GraphNode n : g.nodes()) {
            assertTrue(n.x() >= 0 && n.x() <= 1 && n.y() >= 0 && n.y() <= 1, n.toString());
        }
        long distinct = g.nodes().stream().map(n -> Math.round(n.x() * 1000) + ":" + Math.round(n.y() * 1000))
                .distinct().count();
        assertTrue(distinct > g.nodes().size() / 2, "the layout spread the nodes out");
    }

    @Test
    void sameGraphAndSeedGiveTheSameLayout() throws Exception {
        assertEquals(build(new ClusterGraphService()), build(new ClusterGraphService()));
    }

    @Test
    void largeSetsAreCappedWithANote() throws Exception {
        ClusterGraph g = build(new ClusterGraphService(new ClusterGraphService.Limits(3, 4, 100, 1L)));

        assertEquals(3, g.shownAccounts());
        assertTrue(g.totalAccounts() > 3);
        assertEquals(4, g.shownKeys());
        assertEquals(3, g.nodes().stream().filter(GraphNode::isAccount).count());
        assertTrue(g.note().startsWith("showing 3 of " + g.totalAccounts() + " accounts, ranked by the number of keys "
                + "they share; 4 of "), g.note());
    }
}
