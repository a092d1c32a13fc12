package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StixBundleWriterTest {
    private static final Pattern ID = Pattern.compile("([a-z0-9-]+)--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}"
            + "-[0-9a-f]{12})");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    /** One comparison expression: object path, operator, a quoted literal with only escaped quotes inside. */
    private static final Pattern PATTERN = Pattern.compile("\\[(ipv4-addr|ipv6-addr|user-account|email-addr|"
            + "network-traffic):[a-z_]+(?:\\.'[a-z-]+'\\.[a-z_]+\\.'[A-Za-z-]+')? (=|ISSUBSET|LIKE) "
            + "'(?:[^'\\\\]|\\\\['\\\\])*'\\]");
    private static final Set<String> SDO_TYPES = Set.of("identity", "report", "campaign", "indicator",
            "relationship");

    private static byte[] bytes;
    private static JsonNode bundle;
    private static final Map<String, JsonNode> byId = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        bytes = new StixBundleWriter().toBytes(AnalysedCase.model(ReportScope.wholeCase(), false));
        bundle = new ObjectMapper().readTree(bytes);
        for (JsonNode o : bundle.get("objects")) {
            byId.put(o.get("id").asText(), o);
        }
    }

    @Test
    void bundleAndEveryObjectHaveWellFormedIdsAndTheSpecVersion() {
        assertEquals("bundle", bundle.get("type").asText());
        assertTrue(ID.matcher(bundle.get("id").asText()).matches());
        assertEquals(bundle.get("objects").size(), byId.size(), "ids are unique");
        for (JsonNode o : bundle.get("objects")) {
            var m = ID.matcher(o.get("id").asText());
            assertTrue(m.matches(), o.get("id").asText());
            assertEquals(o.get("type").asText(), m.group(1), "id prefix is the type");
            assertEquals('5', m.group(2).charAt(14), "name-based UUID version 5");
            assertEquals("2.1", o.get("spec_version").asText());
            if (SDO_TYPES.contains(o.get("type").asText())) {
                assertTrue(TIME.matcher(o.get("created").asText()).matches(), o.toString());
                assertTrue(TIME.matcher(o.get("modified").asText()).matches(), o.toString());
                assertTrue(o.get("modified").asText().compareTo(o.get("created").asText()) >= 0);
                if (!o.get("type").asText().equals("identity")) {
                    assertNotNull(byId.get(o.get("created_by_ref").asText()), "creator exists");
                }
            }
        }
    }

    @Test
    void reportReferencesEveryOtherObjectAndAllReferencesResolve() {
        JsonNode report = bundle.get("objects").get(0);
        assertEquals("report", report.get("type").asText());
        assertTrue(TIME.matcher(report.get("published").asText()).matches());
        Set<String> refs = new HashSet<>();
        report.get("object_refs").forEach(r -> refs.add(r.asText()));
        Set<String> others = new HashSet<>(byId.keySet());
        others.remove(report.get("id").asText());
        assertEquals(others, refs);
    }

    @Test
    void relationshipsLinkIndicatorsToTheCampaign() {
        List<JsonNode> campaigns = objects("campaign");
        assertEquals(1, campaigns.size(), "one flagged cluster");
        String campaign = campaigns.get(0).get("id").asText();
        List<JsonNode> relationships = objects("relationship");
        assertEquals(objects("indicator").size(), relationships.size());
        for (JsonNode r : relationships) {
            assertEquals("indicates", r.get("relationship_type").asText());
            assertEquals("indicator", byId.get(r.get("source_ref").asText()).get("type").asText());
            assertEquals(campaign, r.get("target_ref").asText());
        }
        assertTrue(TIME.matcher(campaigns.get(0).get("first_seen").asText()).matches());
    }

    @Test
    void indicatorsCarryWellFormedPatternsWithEscapedValues() {
        List<JsonNode> indicators = objects("indicator");
        for (JsonNode i : indicators) {
            assertTrue(PATTERN.matcher(i.get("pattern").asText()).matches(), i.get("pattern").asText());
            assertEquals("stix", i.get("pattern_type").asText());
            assertTrue(TIME.matcher(i.get("valid_from").asText()).matches());
            int confidence = i.get("confidence").asInt();
            assertTrue(confidence >= 10 && confidence <= 100);
        }
        Set<String> patterns = new HashSet<>();
        indicators.forEach(i -> patterns.add(i.get("pattern").asText()));
        assertTrue(patterns.contains("[user-account:account_login = 'camp-o\\'brien\\\\x']"), patterns.toString());
        assertTrue(patterns.contains("[ipv4-addr:value ISSUBSET '203.0.113.0/24']"));
        assertTrue(patterns.contains("[ipv4-addr:value = '203.0.113.10']"));
        assertTrue(patterns.contains("[email-addr:value LIKE '%@relaymail.icu']"));
        assertTrue(patterns.stream().noneMatch(p -> p.contains("fp_shared")), "payment fingerprints stay internal");
    }

    @Test
    void userAccountObservablesUseTheStixNamespace() {
        List<JsonNode> accounts = objects("user-account");
        assertFalse(accounts.isEmpty());
        JsonNode camp00 = accounts.stream().filter(a -> a.get("account_login").asText().equals("camp-00"))
                .findFirst().orElseThrow();
        assertEquals("user-account--" + Uuid5.of(StixBundleWriter.SCO_NAMESPACE, "{\"account_login\":\"camp-00\"}"),
                camp00.get("id").asText());
    }

    @Test
    void sameCaseGivesTheSameBundle() throws Exception {
        byte[] again = new StixBundleWriter().toBytes(AnalysedCase.model(ReportScope.wholeCase(), false));
        assertArrayEquals(bytes, again);
    }

    @Test
    void uuid5MatchesTheRfcExample() {
        // RFC 9562 appendix A.4: name "www.example.com" in the DNS namespace
        assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2", Uuid5.of(
                java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com").toString());
    }

    private static List<JsonNode> objects(String type) {
        List<JsonNode> out = new java.util.ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (o.get("type").asText().equals(type)) {
                out.add(o);
            }
        });
        return out;
    }
}
