package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ingest.ImportService;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hard preset at two sizes: a campaign that leaves no infrastructure, payment, sign-up or timing trace is found
 * by what its accounts ask, on a verdict marked as content-only, while the crowds that share text (users of one
 * coding agent, a university class, an evaluation vendor, people pasting one viral prompt) stay clear, with the
 * same verdicts at both sizes (and at 4M and 16M interactions when run by hand: see ADR 10).
 */
class ContentOnlyDetectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} interactions, seed {1}")
    @CsvSource({"40000, 9", "120000, 4"})
    void findsTheContentOnlyCampaignAndLeavesTheCrowdsClear(long interactions, long seed) throws Exception {
        Path data = dir.resolve("data");
        GeneratedFiles.generate(GeneratedFiles.preset(Presets.HARD, seed, interactions), data);
        Path casePath = dir.resolve("hard.hcase");
        Evaluation.Report r;
        List<ClusterResult> flaggedClusters;
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            ImportService imports = new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all());
            for (String f : List.of("interactions.csv", "accounts.csv", "labels.csv")) {
                imports.importFile(store, data.resolve(f), ProgressListener.NONE, new CancellationToken());
            }
            new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
            try (ReadSession session = store.newReader()) {
                AnalysisQueries q = new AnalysisQueries(session);
                Map<String, Long> flagged = new HashMap<>();
                q.accounts(true, null, a -> flagged.put(a.accountId(), a.clusterId()));
                r = Evaluation.evaluate(q.labels(), flagged);
                flaggedClusters = q.clusters(true);
            }
        }
        r.perCampaign().forEach((campaign, s) -> assertTrue(s.recall() >= 0.85, campaign + " " + s));
        assertTrue(r.overall().precision() >= 0.97, "precision " + r.overall());
        for (String crowd : List.of("agent-users", "university-class", "eval-vendor", "viral-prompt", "ordinary")) {
            long[] v = r.benignByPopulation().get(crowd);
            assertTrue(v != null && v[1] > 0, crowd + " missing from the scenario");
            assertTrue(v[0] <= 0.005 * v[1], crowd + ": " + v[0] + " of " + v[1] + " flagged");
        }
        assertEquals(1, flaggedClusters.size(), flaggedClusters.toString());
        ClusterResult network = flaggedClusters.get(0);
        assertEquals(ClusterResult.Evidence.CONTENT_ONLY, network.evidence());
        assertTrue(network.signals().stream().anyMatch(s -> s.signal().equals("shared_payload")
                && s.contribution() > 0.3), network.signals().toString());
    }
}
