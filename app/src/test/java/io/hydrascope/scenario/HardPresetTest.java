package io.hydrascope.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.recipe.Archetypes;
import io.hydrascope.scenario.recipe.PopulationKinds;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hard preset at a small scale: the content-only campaign leaves no trace but its prompts, and the four crowds
 * share text in the innocent ways they are built for.
 */
class HardPresetTest {
    private static final Set<String> MAINSTREAM = Set.of("gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
            "icloud.com", "proton.me");

    @TempDir
    static Path dir;

    static Scenario scenario;
    static Map<String, String> populationOf = new HashMap<>();
    static Map<String, String> campaignOf = new HashMap<>();
    static Map<String, Map<String, String>> accounts = new HashMap<>();
    static List<Map<String, String>> interactions;
    /** The operator's vocabulary: three repository layouts and one tool schema text. */
    static List<String> layouts = new ArrayList<>();
    static String toolSchemas;

    @BeforeAll
    static void generateOnce() throws IOException {
        scenario = GeneratedFiles.preset(Presets.HARD, null, 60_000L);
        GeneratedFiles.generate(scenario, dir);
        for (Map<String, String> r : GeneratedFiles.rows(dir.resolve(NativeFilesSink.LABELS))) {
            populationOf.put(r.get("account_id"), r.get("population"));
            campaignOf.put(r.get("account_id"), r.get("campaign"));
        }
        GeneratedFiles.rows(dir.resolve(NativeFilesSink.ACCOUNTS)).forEach(r -> accounts.put(r.get("account_id"), r));
        interactions = GeneratedFiles.rows(dir.resolve(NativeFilesSink.INTERACTIONS));
        try (InputStream in = HardPresetTest.class.getResourceAsStream(
                "/io/hydrascope/scenario/prompts/campaign-content-only.json")) {
            JsonNode slots = new ObjectMapper().readTree(in).get("slots");
            slots.get("code_tb_layout").forEach(n -> layouts.add(n.asText()));
            toolSchemas = slots.get("code_tb_tools").get(0).asText();
        }
    }

    private static List<Map<String, String>> rowsOf(String population) {
        return interactions.stream().filter(r -> population.equals(populationOf.get(r.get("account_id")))).toList();
    }

    private static Set<String> distinct(List<Map<String, String>> rows, String column) {
        Set<String> values = new HashSet<>();
        rows.forEach(r -> values.add(r.get(column)));
        return values;
    }

    private static Map<String, Long> countBy(List<Map<String, String>> rows, String column) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.get(column), 1L, Long::sum));
        return counts;
    }

    private static boolean harvesting(Map<String, String> row) {
        String prompt = row.get("prompt");
        return prompt.contains(toolSchemas) || layouts.stream().anyMatch(prompt::contains);
    }

    private static Instant created(String account) {
        return Instant.parse(accounts.get(account).get("created_at"));
    }

    @Test
    void theCampaignAndEveryCrowdHaveTrafficAndTheRightLabels() {
        for (String crowd : List.of(PopulationKinds.AGENT_USERS, PopulationKinds.UNIVERSITY_CLASS,
                PopulationKinds.EVAL_VENDOR, PopulationKinds.VIRAL_PROMPT)) {
            List<Map<String, String>> rows = rowsOf(crowd);
            assertTrue(rows.size() > 300, crowd + " has too little traffic: " + rows.size());
            assertTrue(distinct(rows, "account_id").stream().allMatch(id -> "benign".equals(campaignOf.get(id))),
                    crowd + " accounts must be labelled benign");
        }
        Set<String> campaign = distinct(rowsOf(Archetypes.CONTENT_ONLY), "account_id");
        assertTrue(campaign.size() > 40);
        assertTrue(campaign.stream().allMatch(id -> "C5-content-only".equals(campaignOf.get(id))));
    }

    @Test
    void contentOnlyAccountsShareNoCardAddressMailProviderOrClient() {
        List<Map<String, String>> rows = rowsOf(Archetypes.CONTENT_ONLY);
        Map<String, Set<String>> ipsByAccount = new HashMap<>();
        rows.forEach(r -> ipsByAccount.computeIfAbsent(r.get("account_id"), k -> new HashSet<>()).add(r.get("ip")));
        Set<String> ids = ipsByAccount.keySet();
        assertTrue(ipsByAccount.values().stream().allMatch(s -> s.size() == 1), "one home address per account");
        assertEquals(ids.size(), distinct(rows, "ip").size(), "no two accounts share an address");
        Set<String> cards = new HashSet<>();
        ids.forEach(id -> cards.add(accounts.get(id).get("payment_fingerprint")));
        assertEquals(ids.size(), cards.size(), "every account has its own card");
        assertTrue(ids.stream().allMatch(id -> MAINSTREAM.contains(accounts.get(id).get("email_domain"))));
        assertTrue(distinct(rows, "user_agent").size() >= 5, "accounts use assorted browsers");
        assertTrue(countBy(rows, "user_agent").values().stream().allMatch(n -> n < rows.size() * 0.4));
    }

    @Test
    void contentOnlyAccountsWereOpenedOverMonthsWithoutASignUpBurst() {
        List<Instant> created = distinct(rowsOf(Archetypes.CONTENT_ONLY), "account_id").stream()
                .map(HardPresetTest::created).sorted().toList();
        assertTrue(Duration.between(created.get(0), created.get(created.size() - 1)).toDays() > 90,
                "creation spread " + created.get(0) + " .. " + created.get(created.size() - 1));
        for (Instant from : created) {
            long sameDay = created.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plus(Duration.ofDays(1))))
                    .count();
            assertTrue(sameDay <= Math.max(3, created.size() / 10), sameDay + " accounts created within a day");
        }
    }

    @Test
    void contentOnlyAccountsKeepTheirOwnersDayAndNightAndNoSchedulerMinute() {
        List<Map<String, String>> rows = rowsOf(Archetypes.CONTENT_ONLY);
        long night = rows.stream().filter(r -> {
            int offset = Countries.get(accounts.get(r.get("account_id")).get("country")).utcOffsetMinutes();
            int hour = Instant.parse(r.get("timestamp")).plus(Duration.ofMinutes(offset)).atZone(ZoneOffset.UTC)
                    .getHour();
            return hour >= 1 && hour < 6;
        }).count();
        assertTrue(night < rows.size() * 0.1, "local 01-06h share " + (double) night / rows.size()
                + " (a flat campaign sends about 0.21)");
        long onTheMinute = rows.stream().filter(r -> r.get("timestamp").substring(17, 19).equals("00")).count();
        assertTrue(onTheMinute < rows.size() * 0.05);
    }

    @Test
    void aboutHalfOfContentOnlyTrafficIsOrdinaryChat() {
        List<Map<String, String>> rows = rowsOf(Archetypes.CONTENT_ONLY);
        double harvesting = (double) rows.stream().filter(HardPresetTest::harvesting).count() / rows.size();
        assertTrue(harvesting > 0.38 && harvesting < 0.62, "harvesting share " + harvesting);
        Set<String> harvesters = distinct(rows.stream().filter(HardPresetTest::harvesting).toList(), "account_id");
        Set<String> chatters = distinct(rows.stream().filter(r -> !harvesting(r)).toList(), "account_id");
        long both = harvesters.stream().filter(chatters::contains).count();
        assertTrue(both > harvesters.size() * 0.9, "the accounts that harvest also chat: " + both + " of "
                + harvesters.size());
    }

    @Test
    void contentOnlyHarvestingComesFromOneSmallBankAndRepeatsAcrossAccounts() {
        List<Map<String, String>> rows = rowsOf(Archetypes.CONTENT_ONLY).stream()
                .filter(HardPresetTest::harvesting).toList();
        assertTrue(rows.stream().allMatch(r -> "1".equals(r.get("turn"))), "harvesting is single-turn");
        Set<String> firstLines = new HashSet<>();
        rows.forEach(r -> firstLines.add(r.get("prompt").lines().findFirst().orElse("")));
        assertTrue(firstLines.size() <= 13, "opening lines of the operator's templates: " + firstLines.size());
        Set<String> layoutsSeen = new HashSet<>();
        rows.forEach(r -> layouts.stream().filter(r.get("prompt")::contains).forEach(layoutsSeen::add));
        assertEquals(3, layoutsSeen.size());
        Map<String, Set<String>> senders = new HashMap<>();
        rows.forEach(r -> senders.computeIfAbsent(r.get("prompt"), k -> new HashSet<>()).add(r.get("account_id")));
        long sharedByAccounts = senders.values().stream().filter(s -> s.size() >= 2).count();
        assertTrue(sharedByAccounts > senders.size() / 5, sharedByAccounts + " of " + senders.size()
                + " distinct harvesting prompts were sent word for word by several accounts");
    }

    @Test
    void theClassSharesOneCampusAddressOneEduDomainAndOneSignUpBurst() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.UNIVERSITY_CLASS);
        Set<String> ids = distinct(rows, "account_id");
        Map<String, Long> byIp = countBy(rows, "ip");
        String nat = byIp.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(byIp.get(nat) > rows.size() * 0.8, "most traffic leaves through the campus NAT");
        Set<String> onNat = distinct(rows.stream().filter(r -> nat.equals(r.get("ip"))).toList(), "account_id");
        assertTrue(onNat.size() > ids.size() * 0.9);
        Set<String> domains = new HashSet<>();
        ids.forEach(id -> domains.add(accounts.get(id).get("email_domain")));
        assertEquals(Set.of("students.kestrel.edu"), domains);
        List<Instant> created = ids.stream().map(HardPresetTest::created).sorted().toList();
        assertTrue(Duration.between(created.get(0), created.get(created.size() - 1)).toHours() < 3,
                "everyone signed up in one lab session");
        assertTrue(rows.stream().filter(r -> !"1".equals(r.get("turn"))).count() > rows.size() * 0.5,
                "students go back and forth");
        assertTrue((double) rows.size() / ids.size() < 60, "little traffic per student");
    }

    @Test
    void theClassAsksTheSameHomeworkInTheSameLabHours() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.UNIVERSITY_CLASS);
        long inLab = rows.stream().filter(r -> {
            ZonedDateTime local = Instant.parse(r.get("timestamp")).minus(Duration.ofHours(5)).atZone(ZoneOffset.UTC);
            int day = local.getDayOfWeek().getValue();
            return (day == 2 || day == 4) && local.getHour() >= 14 && local.getHour() < 16;
        }).count();
        assertTrue(inLab > rows.size() * 0.25, "lab hours (4 of 168 weekly hours) carry " + inLab + " rows");
        Map<String, Set<String>> askedBy = new HashMap<>();
        rows.stream().filter(r -> "1".equals(r.get("turn"))).forEach(r -> r.get("prompt").lines()
                .filter(l -> l.startsWith("Problem "))
                .forEach(l -> askedBy.computeIfAbsent(l, k -> new HashSet<>()).add(r.get("account_id"))));
        assertTrue(askedBy.values().stream().anyMatch(s -> s.size() >= 5), "the same problem text from many students");
    }

    @Test
    void theVendorHasOneOrganisationAndCardAndRunsTheSameItemsNightlyInLockstep() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.EVAL_VENDOR);
        Set<String> ids = distinct(rows, "account_id");
        Set<String> orgs = new HashSet<>();
        Set<String> cards = new HashSet<>();
        ids.forEach(id -> {
            orgs.add(accounts.get(id).get("org_id"));
            cards.add(accounts.get(id).get("payment_fingerprint"));
        });
        assertEquals(Set.of("org_evalworks"), orgs);
        assertEquals(1, cards.size());
        assertTrue(rows.stream().filter(r -> r.get("prompt").contains("step by step")).count() > rows.size() / 2);
        Map<String, Map<String, Instant>> firstByNight = new HashMap<>();
        Map<String, List<String>> promptsByKeyAndNight = new HashMap<>();
        for (Map<String, String> r : rows) {
            Instant t = Instant.parse(r.get("timestamp"));
            String night = r.get("timestamp").substring(0, 10);
            if (t.isBefore(scenario.models().launch().minus(Duration.ofHours(12)))) {
                firstByNight.computeIfAbsent(night, k -> new HashMap<>()).putIfAbsent(r.get("account_id"), t);
                promptsByKeyAndNight.computeIfAbsent(r.get("account_id") + night, k -> new ArrayList<>())
                        .add(r.get("prompt"));
            }
        }
        assertTrue(firstByNight.size() >= 5);
        for (Map<String, Instant> starts : firstByNight.values()) {
            assertEquals(ids.size(), starts.size(), "every key runs every night");
            Instant first = starts.values().stream().min(Instant::compareTo).orElseThrow();
            Instant last = starts.values().stream().max(Instant::compareTo).orElseThrow();
            assertTrue(Duration.between(first, last).toMillis() < 1000, "all keys start within a second");
        }
        String key = ids.iterator().next();
        List<String> nights = firstByNight.keySet().stream().sorted().toList();
        assertEquals(promptsByKeyAndNight.get(key + nights.get(0)), promptsByKeyAndNight.get(key + nights.get(1)),
                "a fixed test set: the same items every night");
    }

    @Test
    void theVendorRunsTheNewModelWithinHoursOfItsLaunch() {
        Instant launch = scenario.models().launch();
        String newModel = scenario.models().newModel();
        List<Map<String, String>> onNew = rowsOf(PopulationKinds.EVAL_VENDOR).stream()
                .filter(r -> newModel.equals(r.get("model"))).toList();
        assertTrue(onNew.stream().noneMatch(r -> Instant.parse(r.get("timestamp")).isBefore(launch)));
        Set<String> keysOnLaunchDay = distinct(onNew.stream().filter(r -> Instant.parse(r.get("timestamp"))
                .isBefore(launch.plus(Duration.ofHours(6)))).toList(), "account_id");
        assertEquals(distinct(rowsOf(PopulationKinds.EVAL_VENDOR), "account_id"), keysOnLaunchDay);
    }

    @Test
    void agentUsersShareALongPrefixButEachWorksOnTheirOwnRepository() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.AGENT_USERS);
        String prefix = rows.get(0).get("prompt");
        for (Map<String, String> r : rows) {
            String prompt = r.get("prompt");
            int n = 0;
            while (n < prefix.length() && n < prompt.length() && prefix.charAt(n) == prompt.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        assertTrue(prefix.length() > 1500, "common prefix of " + prefix.length() + " characters");
        Map<String, Set<String>> workspaces = new HashMap<>();
        int after = prefix.length();
        rows.forEach(r -> workspaces.computeIfAbsent(r.get("prompt").substring(after).split("</env>")[0],
                k -> new HashSet<>()).add(r.get("account_id")));
        Set<String> ids = distinct(rows, "account_id");
        assertTrue(workspaces.size() > ids.size() * 0.9, workspaces.size() + " workspaces for " + ids.size());
        assertTrue(workspaces.values().stream().filter(s -> s.size() == 1).count() > workspaces.size() * 0.9,
                "nearly every workspace belongs to one user");
        assertTrue(distinct(rows, "prompt").size() > rows.size() * 0.5, "what follows the workspace varies");
        assertTrue(rows.stream().filter(r -> Integer.parseInt(r.get("turn")) > 2).count() > rows.size() * 0.4,
                "agent loops run many turns");
        assertEquals(ids.size(), distinct(rows.stream().filter(r -> r.get("prompt").contains("<env>")).toList(),
                "account_id").size());
    }

    @Test
    void viralPromptUsersPasteTheSamePromptButOtherwiseLookOrdinary() {
        List<Map<String, String>> rows = rowsOf(PopulationKinds.VIRAL_PROMPT);
        String opening = "Act as my brutally honest personal strategist.";
        List<Map<String, String>> pasted = rows.stream().filter(r -> r.get("prompt").startsWith(opening)).toList();
        assertTrue(distinct(pasted, "account_id").size() >= 20, "many people paste the same prompt");
        assertTrue(distinct(pasted, "prompt").size() > pasted.size() * 0.8, "each fills in their own situation");
        assertTrue(rows.stream().filter(r -> !"1".equals(r.get("turn"))).count() > rows.size() / 3);
        Set<String> countries = new HashSet<>();
        distinct(rows, "account_id").forEach(id -> countries.add(accounts.get(id).get("country")));
        assertTrue(countries.size() >= 10);
        Map<String, Set<String>> accountsByIp = new HashMap<>();
        rows.forEach(r -> accountsByIp.computeIfAbsent(r.get("ip"), k -> new HashSet<>()).add(r.get("account_id")));
        long homeAddresses = accountsByIp.values().stream().filter(s -> s.size() == 1).count();
        assertTrue(homeAddresses > distinct(rows, "account_id").size() * 0.8, "most addresses belong to one person");
    }

    @Test
    void theHardPresetIsByteIdenticalForTheSameSeedAndNearTheRequestedSize() throws IOException {
        Path a = dir.resolve("again-a");
        Path b = dir.resolve("again-b");
        GeneratedFiles.generate(GeneratedFiles.preset(Presets.HARD, 9L, 25_000L), a);
        GeneratedFiles.generate(GeneratedFiles.preset(Presets.HARD, 9L, 25_000L), b);
        for (String file : List.of(NativeFilesSink.INTERACTIONS, NativeFilesSink.ACCOUNTS, NativeFilesSink.LABELS,
                NativeFilesSink.SCENARIO)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        long rows = GeneratedFiles.rows(a.resolve(NativeFilesSink.INTERACTIONS)).size();
        assertTrue(Math.abs(rows - 25_000) < 25_000 * 0.2, rows + " rows for 25000 requested");
    }
}
