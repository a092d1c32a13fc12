package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.InteractionFilter;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.testdata.DemoCase;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jump-to look-ups and filtered interaction listings on a small generated case. */
class JumpQueriesTest {
    @TempDir
    static Path dir;
    static Path casePath;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
    }

    @Test
    void findsAccountsByIpAndPaymentFingerprintAndTheInteractionOfARequestId() {
        String ip = CaseDb.column(casePath, "SELECT ip FROM interactions WHERE ip IS NOT NULL GROUP BY ip "
                + "HAVING count(DISTINCT account_ref) > 1 ORDER BY ip LIMIT 1").get(0);
        Set<String> usingIp = new HashSet<>(CaseDb.column(casePath, "SELECT DISTINCT a.account_id FROM interactions i "
                + "JOIN accounts a ON a.id = i.account_ref WHERE i.ip = '" + ip + "'"));
        String card = CaseDb.column(casePath, "SELECT payment_fingerprint FROM accounts WHERE payment_fingerprint "
                + "IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").get(0);
        List<String> paying = CaseDb.column(casePath, "SELECT account_id FROM accounts WHERE payment_fingerprint = '"
                + card + "' ORDER BY account_id");
        List<String> request = CaseDb.column(casePath, "SELECT i.request_id || ' ' || a.account_id || ' ' || i.ts "
                + "FROM interactions i JOIN accounts a ON a.id = i.account_ref ORDER BY i.id LIMIT 1 OFFSET 77");
        String[] r = request.get(0).split(" ");
        try (CaseStore store = CaseStore.open(casePath); ReadSession session = store.newReader()) {
            JumpQueries q = new JumpQueries(session);
            assertTrue(q.accountExists(r[1]));
            assertFalse(q.accountExists(ip));
            assertEquals(usingIp, new HashSet<>(q.accountsUsingIp(ip, 1000)));
            assertTrue(usingIp.size() > 1);
            assertEquals(paying, q.accountsWithPayment(card, 1000));
            assertEquals(1, q.accountsWithPayment(card, 1).size());
            JumpQueries.InteractionPlace place = q.interaction(r[0]).orElseThrow();
            assertEquals(r[1], place.accountId());
            assertEquals(Long.parseLong(r[2]), place.timestampMicros());
            assertTrue(q.interaction("no-such-request").isEmpty());
            assertTrue(q.accountsUsingIp("203.0.113.254", 10).isEmpty());
        }
    }

    @Test
    void everyLookUpIsAnIndexSearch() throws Exception {
        try (CaseStore store = CaseStore.open(casePath)) {
            // only the few matching accounts are sorted
            assertTrue(plan(store, "SELECT account_id FROM accounts WHERE payment_fingerprint = 'x' ORDER BY "
                    + "account_id").startsWith("SEARCH accounts USING INDEX idx_accounts_payment (payment_fingerprint=?)"));
            assertTrue(plan(store, "SELECT account_ref, count(*) FROM interactions WHERE ip = 'x' GROUP BY account_ref")
                    .contains("USING COVERING INDEX idx_interactions_ip (ip=?)"));
            assertTrue(plan(store, "SELECT i.ts FROM interactions i WHERE i.request_key = 1 AND i.request_id = 'x'")
                    .contains("USING INDEX idx_interactions_request_key (request_key=?)"));
            // the Topics page's accounts and examples of one template family
            assertTrue(plan(store, "SELECT t.interaction_id FROM interaction_topics t WHERE t.family_id = 3")
                    .contains("USING COVERING INDEX idx_topics_family (family_id=?)"));
        }
    }

    @Test
    void listingsKeepOnlyTheFilteredModelsAndCountThem() {
        String account = CaseDb.column(casePath, "SELECT a.account_id FROM interactions i JOIN accounts a "
                + "ON a.id = i.account_ref GROUP BY 1 HAVING count(DISTINCT i.model) > 1 ORDER BY count(*) DESC "
                + "LIMIT 1").get(0);
        String model = CaseDb.column(casePath, "SELECT i.model FROM interactions i JOIN accounts a "
                + "ON a.id = i.account_ref WHERE a.account_id = '" + account + "' GROUP BY 1 ORDER BY 1 LIMIT 1").get(0);
        long expected = CaseDb.count(casePath, "SELECT count(*) FROM interactions i JOIN accounts a "
                + "ON a.id = i.account_ref WHERE a.account_id = '" + account + "' AND i.model = '" + model + "'");
        TimeRange all = new TimeRange(0, Long.MAX_VALUE / 4);
        InteractionFilter only = new InteractionFilter(Set.of(model), Set.of());
        try (CaseStore store = CaseStore.open(casePath); ReadSession session = store.newReader()) {
            AccountTimelineRepository timeline = new AccountTimelineRepository(session);
            List<InteractionRow> rows = timeline.interactions(account, all, only, 10_000);
            assertEquals(expected, rows.size());
            assertTrue(rows.stream().allMatch(x -> x.model().equals(model)));
            assertEquals(expected, timeline.count(account, all, only));
            assertTrue(timeline.count(account, all) > expected, "unfiltered, the other models count too");
            ClusterLaneRepository lanes = new ClusterLaneRepository(session);
            assertEquals(expected, lanes.count(List.of(account), all, only));
            assertEquals(expected, lanes.interactions(List.of(account), all, only, 10_000).size());
            assertTrue(rows.stream().allMatch(x -> x.requestId() != null));
            InteractionFilter noTopics = new InteractionFilter(Set.of(), Set.of("coding"));
            assertEquals(0, timeline.count(account, all, noTopics), "no analysis yet: no interaction has a topic");
        }
    }

    private static String plan(CaseStore store, String sql) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Statement st = store.writer().createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN "
                + sql)) {
            while (rs.next()) {
                sb.append(sb.length() > 0 ? " | " : "").append(rs.getString(4));
            }
        }
        return sb.toString();
    }
}
