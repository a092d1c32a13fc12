package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.AnalysisSummary;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.GeneratedFiles;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection end to end on a generated teaching scenario: import, analyse, compare with the ground truth. */
class AnalysisServiceTest {
    @TempDir
    static Path dir;
    static Path casePath;
    static AnalysisSummary summary;

    @BeforeAll
    static void analyseTeachingScenario() throws Exception {
        Path data = dir.resolve("data");
        GeneratedFiles.generate(GeneratedFiles.preset(Presets.TEACHING, 5L, null), data);
        casePath = dir.resolve("teaching.hcase");
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            for (String f : List.of("interactions.csv", "accounts.csv", "labels.csv")) {
                new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()).importFile(store, data.resolve(f), ProgressListener.NONE, new CancellationToken());
            }
            summary = new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
        }
    }

    private static Evaluation.Report evaluate() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession session = store.newReader()) {
            AnalysisQueries q = new AnalysisQueries(session);
            Map<String, Long> flagged = new HashMap<>();
            q.accounts(true, null, a -> flagged.put(a.accountId(), a.clusterId()));
            return Evaluation.evaluate(q.labels(), flagged);
        }
    }

    @Test
    void findsEveryCampaignWithoutAccusingTheLookAlikes() {
        Evaluation.Report r = evaluate();
        assertTrue(r.overall().precision() >= 0.95, "precision " + r.overall());
        assertTrue(r.overall().recall() >= 0.95, "recall " + r.overall());
        r.perCampaign().forEach((c, s) -> assertTrue(s.recall() >= 0.9 && s.precision() >= 0.9, c + " " + s));
        for (String lookAlike : List.of("organisation", "saas-integrator", "research-group")) {
            assertEquals(0, r.benignByPopulation().get(lookAlike)[0], lookAlike + " accounts flagged");
        }
    }

    @Test
    void everyFlaggedClusterIsExplainedBySignalsWithNumbers() {
        assertTrue(summary.flaggedClusters() >= 2, "flagged clusters " + summary.flaggedClusters());
        for (ClusterResult c : summary.flagged()) {
            assertTrue(c.risk() >= AnalysisSettings.DEFAULTS.flagThreshold());
            assertTrue(c.signals().stream().anyMatch(s -> s.contribution() > 0.1 && s.description().matches(".*\\d.*")),
                    "signals of " + c.id() + ": " + c.signals());
            assertFalse(c.headline().isBlank());
        }
    }

    @Test
    void everyInteractionGetsATopicAndEveryAccountAResult() {
        assertEquals(CaseDb.count(casePath, "SELECT count(*) FROM interactions"),
                CaseDb.count(casePath, "SELECT count(*) FROM interaction_topics"));
        assertEquals(CaseDb.count(casePath, "SELECT count(DISTINCT account_ref) FROM interactions"),
                CaseDb.count(casePath, "SELECT count(*) FROM account_results"));
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM interaction_topics WHERE topic NOT IN "
                + "('coding','reasoning','tool-use','agentic','data-analysis','computer-use','vision',"
                + "'alignment-policy','general')"));
    }

    @Test
    void rerunningWithTheSameSettingsGivesTheSameClusters() {
        List<String> before = CaseDb.column(casePath, "SELECT a.account_id || ':' || r.cluster_id || ':' || r.flagged "
                + "FROM account_results r JOIN accounts a ON a.id = r.account_ref ORDER BY 1");
        try (CaseStore store = CaseStore.open(casePath)) {
            new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
        }
        List<String> after = CaseDb.column(casePath, "SELECT a.account_id || ':' || r.cluster_id || ':' || r.flagged "
                + "FROM account_results r JOIN accounts a ON a.id = r.account_ref ORDER BY 1");
        assertEquals(before, after);
        assertEquals(1, CaseDb.count(casePath, "SELECT count(*) FROM analysis_runs"));
    }
}
