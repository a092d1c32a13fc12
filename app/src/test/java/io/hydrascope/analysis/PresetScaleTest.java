package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.GeneratedFiles;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.recipe.ScenarioLoader;
import io.hydrascope.scenario.recipe.ScenarioResolver;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verdicts must not drift with volume: the presets are analysed at other sizes than their own, with the account
 * counts scaled along (the presets' own scaling) or with the same accounts sending more each (teaching at 3x,
 * public-reports at 2x), and must find every campaign and leave every honest population (look-alikes and crowds)
 * at most 0.5% flagged either way. The hard preset's two sizes are in {@link ContentOnlyDetectionTest}.
 */
class PresetScaleTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {1} interactions, {2}")
    @CsvSource({"teaching, 60000, more traffic per account", "public-reports, 100000, accounts scaled with it",
        "public-reports, 400000, more traffic per account"})
    void campaignsAreFoundAndHonestPopulationsStayClear(String preset, long interactions, String growth)
            throws Exception {
        Scenario scenario = growth.startsWith("more traffic") ? volumeScaled(preset, interactions)
                : GeneratedFiles.preset(preset, 11L, interactions);
        Path data = dir.resolve("data");
        GeneratedFiles.generate(scenario, data);
        Path casePath = dir.resolve("case.hcase");
        Evaluation.Report r;
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            ImportService imports = new ImportService(BuiltInFormats.all());
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
            }
        }
        r.perCampaign().forEach((campaign, s) -> assertTrue(s.recall() >= 0.9, campaign + " " + s));
        assertTrue(r.overall().precision() >= 0.97, "precision " + r.overall());
        r.benignByPopulation().forEach((population, v) -> assertTrue(v[0] <= Math.max(0, v[1] * 0.005),
                population + ": " + v[0] + " of " + v[1] + " flagged"));
    }

    /** The preset with every population and campaign keeping its accounts, so the extra size is traffic. */
    private static Scenario volumeScaled(String preset, long interactions) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root;
        try (InputStream in = Presets.class.getResourceAsStream("/io/hydrascope/scenario/presets/" + preset
                + ".json")) {
            root = json.readTree(in);
        }
        for (String group : List.of("populations", "campaigns")) {
            for (JsonNode item : root.path(group)) {
                ((ObjectNode) item).put("scaleAccounts", false);
            }
        }
        Scenario raw = new ScenarioLoader().read(new ByteArrayInputStream(json.writeValueAsBytes(root)),
                preset + " (volume)");
        return new ScenarioResolver().resolve(raw, 11L, interactions, preset + " (volume)");
    }
}
