package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.CaseStoreException;
import io.hydrascope.store.ReadSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-analysis replaces the stored one whole or not at all: a run that fails or is cancelled while it stores its
 * results leaves the previous analysis complete, with every cluster's accounts and signals.
 */
class AnalysisReplacementTest {
    /** What a complete analysis consists of, table by table, plus the run's identity. */
    private static final List<String> SNAPSHOT = List.of(
            "SELECT id || ' ' || started_at || ' ' || finished_at FROM analysis_runs",
            "SELECT count(*) FROM clusters",
            "SELECT count(*) FROM clusters WHERE flagged = 1",
            "SELECT count(*) FROM cluster_signals",
            "SELECT count(*) FROM account_results",
            "SELECT count(*) FROM account_results WHERE flagged = 1",
            "SELECT count(*) FROM interaction_topics",
            "SELECT count(*) FROM link_keys",
            "SELECT count(*) FROM account_keys",
            "SELECT count(*) FROM template_families");

    @TempDir
    Path dir;
    Path casePath;
    List<String> before;

    @BeforeEach
    void analysedCase() throws Exception {
        casePath = AnalysedCase.create(dir, false);
        before = snapshot();
        assertNotEquals("0", before.get(2), "the case has a flagged cluster to lose");
        assertEquals(before.get(6), Long.toString(CaseDb.count(casePath, "SELECT count(*) FROM interactions")));
    }

    @Test
    void failureWhileStoringAccountResultsLeavesThePreviousAnalysisComplete() throws Exception {
        try (CaseStore store = CaseStore.open(casePath)) {
            // Injected from outside, as a full disk would fail it: after the topics and clusters were written.
            execute("CREATE TRIGGER fail_accounts BEFORE INSERT ON account_results "
                    + "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> new AnalysisService().analyse(store,
                    AnalysisSettings.DEFAULTS, ProgressListener.NONE, new CancellationToken()));
            assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
            execute("DROP TRIGGER fail_accounts");
        }
        assertEquals(before, snapshot());
        assertEveryFlaggedClusterHasAccountsAndSignals();
    }

    @Test
    void cancelWhileStoringTopicsLeavesThePreviousAnalysisComplete() throws Exception {
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelWhenStoring = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (message.equals("storing topics")) {
                    cancel.cancel();
                }
            }
        };
        try (CaseStore store = CaseStore.open(casePath)) {
            assertThrows(CancelledException.class, () -> new AnalysisService().analyse(store,
                    AnalysisSettings.DEFAULTS, cancelWhenStoring, cancel));
        }
        assertEquals(before, snapshot());
        assertEveryFlaggedClusterHasAccountsAndSignals();
    }

    @Test
    void successfulRerunReplacesThePreviousAnalysisWithOneCompleteRun() throws Exception {
        try (CaseStore store = CaseStore.open(casePath)) {
            new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
        }
        List<String> after = snapshot();
        assertNotEquals(before.get(0), after.get(0), "a new run");
        assertEquals(before.subList(1, before.size()), after.subList(1, after.size()), "the same results");
        assertEquals(1, CaseDb.count(casePath, "SELECT count(*) FROM analysis_runs WHERE finished_at IS NOT NULL"));
    }

    private void assertEveryFlaggedClusterHasAccountsAndSignals() {
        try (CaseStore store = CaseStore.openReadOnly(casePath); ReadSession session = store.newReader()) {
            AnalysisQueries q = new AnalysisQueries(session);
            assertTrue(q.hasResults());
        }
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM clusters c WHERE flagged = 1 AND ("
                + "NOT EXISTS (SELECT 1 FROM account_results a WHERE a.cluster_id = c.id) "
                + "OR NOT EXISTS (SELECT 1 FROM cluster_signals s WHERE s.cluster_id = c.id))"));
    }

    private List<String> snapshot() {
        return SNAPSHOT.stream().map(sql -> String.join(",", CaseDb.column(casePath, sql))).toList();
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + casePath);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
