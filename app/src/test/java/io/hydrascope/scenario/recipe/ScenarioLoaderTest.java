package io.hydrascope.scenario.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
    private static final String CAMPAIGNS = """
            "campaigns": [
              {"id": "a", "archetype": "agentic-coding"},
              {"id": "b", "archetype": "low-and-slow"},
              %s
            ]""";

    @TempDir
    Path tmp;

    private final ScenarioLoader loader = new ScenarioLoader();

    private String problemIn(String json) throws IOException {
        Path file = tmp.resolve("scenario.json");
        Files.writeString(file, json);
        return assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
    }

    @Test
    void namesTheFileAndPathOfANonPositiveAccountCount() throws IOException {
        String message = problemIn("{" + CAMPAIGNS.formatted("{\"id\": \"c\", \"archetype\": \"reasoning-alignment\","
                + " \"accounts\": 0}") + "}");
        assertTrue(message.endsWith("scenario.json: campaigns[2].accounts must be between 1 and 10000000"),
                message);
    }

    @Test
    void namesAnUnknownFieldAndTheFieldsThatWouldFit() throws IOException {
        String message = problemIn("{" + CAMPAIGNS.formatted("{\"id\": \"c\", \"archetype\": \"low-and-slow\","
                + " \"acounts\": 5}") + "}");
        assertTrue(message.contains("scenario.json: campaigns[2]: unknown field \"acounts\""), message);
        assertTrue(message.contains("accounts"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"days\": \"two\"}|days must be a whole number",
        "{\"days\": 2.5}|days must be a whole number",
        "{\"start\": \"yesterday\"}|start must be a UTC time such as 2026-02-02T00:00:00Z",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"crypto-mining\"}]}|campaigns[0].archetype must be one of",
        "{\"campaigns\": [{\"id\": \"x\"}]}|campaigns[0].archetype is required",
        "{\"populations\": [{\"id\": \"o\", \"kind\": \"ordinary\", \"share\": -1}]}|populations[0].share must be > 0",
        "{\"populations\": [{\"id\": \"o\", \"kind\": \"ordinary\", \"countries\": {\"XX\": 1}}]}"
                + "|populations[0].countries.XX is unknown",
        "{\"populations\": [{\"id\": \"o\", \"kind\": \"organisation\", \"proxyShare\": 0.2}]}"
                + "|populations[0].proxyShare does not apply to kind organisation",
        "{\"populations\": [{\"id\": \"o\", \"kind\": \"ordinary\", \"proxyPool\": \"nope\"}]}"
                + "|populations[0].proxyPool \"nope\" is not one of the proxyPools ids",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"low-and-slow\", \"timing\": {\"mode\": \"waves\","
                + " \"waveEveryMinutes\": 5, \"waveMinutes\": 9}}]}"
                + "|campaigns[0].timing.waveMinutes must not exceed timing.waveEveryMinutes",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"low-and-slow\"}, {\"id\": \"x\","
                + " \"archetype\": \"agentic-coding\"}]}|campaigns[1].id \"x\" is used twice",
        "{\"start\": \"2026-02-02T00:00:00Z\", \"days\": 3, \"models\": {\"launch\": \"2026-03-01T00:00:00Z\"},"
                + " \"campaigns\": [{\"id\": \"x\", \"archetype\": \"low-and-slow\"}]}|models.launch must lie inside",
        "{\"populations\": [{\"id\": \"c\", \"kind\": \"university-class\", \"userAgent\": \"x\"}]}"
                + "|populations[0].userAgent does not apply to kind university-class",
        "{\"populations\": [{\"id\": \"k\", \"kind\": \"agent-users\", \"proxyShare\": 0.2}]}"
                + "|populations[0].proxyShare does not apply to kind agent-users",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"content-only\", \"timing\": {\"mode\": \"steady\"}}]}"
                + "|campaigns[0].timing does not apply to archetype content-only",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"low-and-slow\", \"cover\": {\"share\": 0.5}}]}"
                + "|campaigns[0].cover only applies to archetype content-only",
        "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"content-only\", \"cover\": {\"share\": 1.5}}]}"
                + "|campaigns[0].cover.share must be between 0 and 1",
        "{}|populations and campaigns are both empty",
        "{\"days\": 3,|not valid JSON",
        "|file is empty",
    })
    void explainsWhatIsWrongWithABadScenario(String json, String expected) throws IOException {
        String message = problemIn(json == null ? "" : json);
        assertTrue(message.contains("scenario.json"), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void reportsAMissingFile() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(tmp.resolve("none.json")));
        assertTrue(e.getMessage().endsWith("none.json: file not found"), e.getMessage());
    }

    static java.util.List<String> presetNames() {
        return Presets.NAMES;
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void presetsResolveToCompleteRecipes(String name) {
        Scenario s = new ScenarioResolver().resolve(new Presets(loader).load(name), null, null, name);
        assertTrue(s.campaigns().stream().allMatch(c -> c.network().mode() != null && c.modelSwitch().share() != null
                && (Archetypes.CONTENT_ONLY.equals(c.archetype())
                        ? c.timing() == null && c.cover().share() != null : c.timing() != null)));
        assertTrue(s.populations().stream().allMatch(p -> p.topics() != null && p.adoption() != null));
    }

    @Test
    void scalingTheSizeScalesTheAccountsThatScale() {
        Scenario raw = new Presets(loader).load(Presets.PUBLIC_REPORTS);
        Scenario doubled = new ScenarioResolver().resolve(raw, null, raw.interactions() * 2, "p");
        assertEquals(raw.campaigns().get(0).accounts() * 2, doubled.campaigns().get(0).accounts());
        PopulationSpec saas = doubled.populations().stream()
                .filter(p -> PopulationKinds.SAAS_INTEGRATOR.equals(p.kind())).findFirst().orElseThrow();
        assertEquals(4, saas.accounts(), "a SaaS integrator keeps its few keys and grows its volume instead");
    }

    @Test
    void theHardPresetGrowsItsPeopleButKeepsTheVendorsFewKeys() {
        Scenario raw = new Presets(loader).load(Presets.HARD);
        Scenario larger = new ScenarioResolver().resolve(raw, null, raw.interactions() * 3, "p");
        assertEquals(raw.campaigns().get(0).accounts() * 3, larger.campaigns().get(0).accounts());
        for (PopulationSpec p : larger.populations()) {
            PopulationSpec nominal = raw.populations().stream().filter(q -> q.id().equals(p.id())).findFirst()
                    .orElseThrow();
            int expected = PopulationKinds.EVAL_VENDOR.equals(p.kind()) ? nominal.accounts() : nominal.accounts() * 3;
            assertEquals(expected, p.accounts(), p.id());
        }
    }

    @Test
    void theExampleInTheScenarioDocumentationIsAValidScenario() throws IOException {
        Path doc = Path.of("docs", "scenarios.md");
        String text = Files.readString(doc);
        Matcher m = Pattern.compile("<!-- example -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "the documentation marks its full example with <!-- example -->");
        Path file = tmp.resolve("example.json");
        Files.writeString(file, m.group(1));
        Scenario s = new ScenarioResolver().resolve(loader.load(file), null, null, "example.json");
        assertEquals("my-training-case", s.name());
    }
}
