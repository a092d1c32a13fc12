package io.hydrascope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.scenario.recipe.Archetypes;
import io.hydrascope.scenario.recipe.PopulationKinds;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public-reports preset at a small scale: its campaigns and look-alikes show the signals they are built for. */
class PublicReportsPresetTest {
    @TempDir
    static Path dir;

    static Scenario scenario;
    static Map<String, String> populationOf = new HashMap<>();
    static Map<String, String> campaignOf = new HashMap<>();
    static Map<String, Map<String, String>> accounts = new HashMap<>();
    static List<Map<String, String>> interactions;

    @BeforeAll
    static void generateOnce() throws IOException {
        scenario = GeneratedFiles.preset(Presets.PUBLIC_REPORTS, null, 60_000L);
        GeneratedFiles.generate(scenario, dir);
        for (Map<String, String> r : GeneratedFiles.rows(dir.resolve(NativeFilesSink.LABELS))) {
            populationOf.put(r.get("account_id"), r.get("population"));
            campaignOf.put(r.get("account_id"), r.get("campaign"));
        }
        GeneratedFiles.rows(dir.resolve(NativeFilesSink.ACCOUNTS)).forEach(r -> accounts.put(r.get("account_id"), r));
        interactions = GeneratedFiles.rows(dir.resolve(NativeFilesSink.INTERACTIONS));
    }

    private static List<Map<String, String>> rowsOf(String population) {
        return interactions.stream().filter(r -> population.equals(populationOf.get(r.get("account_id")))).toList();
    }

    private static Set<String> distinct(List<Map<String, String>> rows, String column) {
        Set<String> values = new HashSet<>();
        rows.forEach(r -> values.add(r.get(column)));
        return values;
    }

    @Test
    void everyArchetypeOfThePublicReportsIsPresentWithTraffic() {
        for (String archetype : List.of(Archetypes.REASONING_ALIGNMENT, Archetypes.AGENTIC_MULTIMODAL,
                Archetypes.AGENTIC_CODING, Archetypes.LOW_AND_SLOW)) {
            assertTrue(rowsOf(archetype).size() > 100, archetype + " has too little traffic");
            assertTrue(campaignOf.entrySet().stream().anyMatch(e -> archetype.equals(populationOf.get(e.getKey()))
                    && !"benign".equals(e.getValue())), archetype + " accounts are not labelled with a campaign");
        }
    }

    @Test
    void theOrganisationSharesOneNatOneCardOneDomainAndOneIdeClient() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.ORGANISATION);
        Set<String> ids = distinct(rows, "account_id");
        assertTrue(ids.size() > 10);
        Set<String> cards = new HashSet<>();
        Set<String> domains = new HashSet<>();
        ids.forEach(id -> {
            cards.add(accounts.get(id).get("payment_fingerprint"));
            domains.add(accounts.get(id).get("email_domain"));
        });
        assertEquals(1, cards.size());
        assertEquals(Set.of("northwind-logistics.de"), domains);
        Map<String, Long> byIp = countBy(rows, "ip");
        String nat = byIp.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(byIp.get(nat) > rows.size() * 0.6, "most traffic leaves through one NAT address");
        assertTrue(countBy(rows, "user_agent").values().stream().anyMatch(n -> n > rows.size() * 0.8));
    }

    @Test
    void theSaasIntegratorSendsHighVolumeFromAFewDatacenterAddresses() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.SAAS_INTEGRATOR);
        int accountsUsed = distinct(rows, "account_id").size();
        assertTrue(accountsUsed <= 4);
        assertTrue(rows.size() / accountsUsed > 500, "each relay key carries heavy volume");
        assertTrue(distinct(rows, "ip").size() <= 6);
        assertTrue(rows.stream().filter(r -> !"1".equals(r.get("turn"))).count() > rows.size() / 4,
                "relayed end-user conversations have follow-ups");
    }

    @Test
    void theResearchGroupSendsStepByStepPromptsFromOneUniversitySubnet() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.RESEARCH_GROUP);
        long stepByStep = rows.stream().filter(r -> r.get("prompt").toLowerCase().contains("step by step")).count();
        assertTrue(stepByStep > rows.size() / 3);
        Set<String> subnets = new HashSet<>();
        distinct(rows, "ip").forEach(ip -> subnets.add(ip.substring(0, ip.lastIndexOf('.'))));
        assertEquals(1, subnets.size());
    }

    @Test
    void theCodingCampaignMovesAboutHalfItsTrafficToTheNewModelWithinADay() {
        Instant launch = scenario.models().launch();
        String newModel = scenario.models().newModel();
        List<Map<String, String>> rows = rowsOf(Archetypes.AGENTIC_CODING);
        Predicate<Map<String, String>> onNew = r -> newModel.equals(r.get("model"));
        assertEquals(0, rows.stream().filter(r -> Instant.parse(r.get("timestamp")).isBefore(launch))
                .filter(onNew).count(), "nothing uses the new model before its launch");
        List<Map<String, String>> dayAfter = rows.stream().filter(r -> {
            Instant t = Instant.parse(r.get("timestamp"));
            return !t.isBefore(launch.plus(Duration.ofHours(18))) && t.isBefore(launch.plus(Duration.ofHours(30)));
        }).toList();
        double share = (double) dayAfter.stream().filter(onNew).count() / dayAfter.size();
        assertTrue(share > 0.35 && share < 0.65, "new-model share a day after launch: " + share);
    }

    @Test
    void benignUsersAdoptTheNewModelGradually() {
        Instant launch = scenario.models().launch();
        List<Map<String, String>> rows = rowsOf(PopulationKinds.ORDINARY).stream()
                .filter(r -> !Instant.parse(r.get("timestamp")).isBefore(launch)).toList();
        double early = newShare(rows, launch, 0, 24);
        double late = newShare(rows, launch, 72, 200);
        assertTrue(early < 0.25 && late > early, "ordinary new-model share " + early + " then " + late);
    }

    @Test
    void campaignTrafficMixesWithOrdinaryUsersOnTheSharedProxyPool() {
        Map<String, Set<String>> kindsByIp = new HashMap<>();
        for (Map<String, String> r : interactions) {
            kindsByIp.computeIfAbsent(r.get("ip"), k -> new HashSet<>()).add(populationOf.get(r.get("account_id")));
        }
        assertTrue(kindsByIp.values().stream().anyMatch(k -> k.contains(Archetypes.AGENTIC_MULTIMODAL)
                && k.contains(PopulationKinds.ORDINARY)));
    }

    @Test
    void lowAndSlowAccountsEachUseOneAddressButShareCardsAndMinuteBoundaries() {
        List<Map<String, String>> rows = rowsOf(Archetypes.LOW_AND_SLOW);
        Map<String, Set<String>> ipsByAccount = new HashMap<>();
        rows.forEach(r -> ipsByAccount.computeIfAbsent(r.get("account_id"), k -> new HashSet<>()).add(r.get("ip")));
        assertTrue(ipsByAccount.values().stream().allMatch(s -> s.size() == 1));
        Map<String, Long> cards = new HashMap<>();
        ipsByAccount.keySet().forEach(id -> cards.merge(accounts.get(id).get("payment_fingerprint"), 1L, Long::sum));
        assertTrue(cards.values().stream().anyMatch(n -> n >= 5), "some cards pay for many accounts");
        long onTheMinute = rows.stream().filter(r -> r.get("timestamp").substring(17, 19).equals("00")).count();
        assertTrue(onTheMinute > rows.size() / 3, "scheduler fires on minute boundaries");
    }

    private static double newShare(List<Map<String, String>> rows, Instant launch, int fromHours, int toHours) {
        List<Map<String, String>> window = rows.stream().filter(r -> {
            long h = Duration.between(launch, Instant.parse(r.get("timestamp"))).toHours();
            return h >= fromHours && h < toHours;
        }).toList();
        return (double) window.stream().filter(r -> scenario.models().newModel().equals(r.get("model"))).count()
                / Math.max(1, window.size());
    }

    private static Map<String, Long> countBy(List<Map<String, String>> rows, String column) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.get(column), 1L, Long::sum));
        return counts;
    }
}
