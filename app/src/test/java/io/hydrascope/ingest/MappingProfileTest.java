package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.DataKind;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingProfileTest {
    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(MappingProfileTest.class.getResource("formats/" + name).toURI());
    }

    private ImportRecord ingest(Path casePath, Path file, MappingProfile profile) {
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            return new ImportService(BuiltInFormats.all()).importFile(store, file,
                    ImportOptions.DEFAULT.withProfile(profile), ProgressListener.NONE, new CancellationToken()).record();
        }
    }

    @Test
    void customCsvImportsThroughItsProfileWithPatternTimestampsInTheProfilesZone() throws Exception {
        Path casePath = dir.resolve("c.hcase");
        MappingProfile profile = MappingProfile.load(fixture("gateway_profile.json"));
        ImportRecord r = ingest(casePath, fixture("gateway_export.csv"), profile);
        assertEquals("mapping profile 'Acme gateway export' (csv)", r.format());
        assertEquals(new ImportCounts(4, 2, 1, 1, 0, 0), r.counts(), "identical rows get the same derived id");
        assertEquals(List.of("2026-02-03T14:00:00.000Z|cust-1|192.0.2.10|atlas-3|What is 2+2?|12|ok"),
                CaseDb.column(casePath, "SELECT timestamp || '|' || account_id || '|' || ip || '|' || model || '|' "
                        + "|| prompt || '|' || input_tokens || '|' || status FROM interactions_v "
                        + "WHERE account_id = 'cust-1'"));
        assertTrue(CaseDb.column(casePath, "SELECT request_id FROM interactions").stream()
                .allMatch(id -> id.matches("sha256:[0-9a-f]{32}")));
        String detail = CaseDb.column(casePath, "SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("does not match pattern 'dd/MM/yyyy HH:mm:ss'"), detail);
        assertTrue(r.message().contains("not available in this format: user_agent, conversation_id, turn, "
                + "output_tokens, tool_calls"), r.message());
    }

    @Test
    void profileThatNamesColumnsTheFileLacksIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path casePath = dir.resolve("c.hcase");
        Path file = Files.writeString(dir.resolve("other.csv"), "When,Customer\n03/02/2026 15:00:00,c\n");
        MappingProfile profile = MappingProfile.load(fixture("gateway_profile.json"));
        ImportException e = assertThrows(ImportException.class, () -> ingest(casePath, file, profile));
        assertTrue(e.getMessage().contains("mapping profile 'Acme gateway export' does not fit: no column Source IP, "
                + "Engine, Question, Tokens In"), e.getMessage());
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM imports"));
    }

    @Test
    void profileSurvivesASaveAndLoad() throws Exception {
        MappingProfile profile = MappingProfile.interactions("Gateway v2", List.of("ts", "who", "q"),
                Map.of("timestamp", "ts", "account_id", "who", "prompt", "q"), Map.of("model", "atlas-3"),
                TimestampFormat.pattern("yyyy.MM.dd HH:mm", ZoneId.of("Asia/Tokyo")));
        Path file = dir.resolve("p.json");
        ProfileJson.write(profile, file);
        assertEquals(profile, MappingProfile.load(file));
        assertTrue(Files.readString(file).contains("\"format\" : \"pattern\""), Files.readString(file));
    }

    @Test
    void profileWithoutTimestampFormatReadsTimestampsTheNativeWay() {
        MappingProfile profile = ProfileJson.fromJson(parse("{\"name\": \"n\", \"fields\": {\"timestamp\": \"t\", "
                + "\"account_id\": \"a\"}}"));
        assertEquals(TimestampFormat.AUTO, profile.timestamps());
        assertEquals(DataKind.INTERACTIONS, profile.kind());
    }

    @Test
    void invalidProfilesAreRefusedWithAReasonAnAnalystCanActOn() {
        assertEquals("profile 'n': no column or value for required field 'account_id'", refusal(
                "{\"name\": \"n\", \"fields\": {\"timestamp\": \"t\"}}"));
        assertTrue(refusal("{\"name\": \"n\", \"fields\": {\"timestamp\": \"t\", \"account_id\": \"a\", "
                + "\"colour\": \"c\"}}").startsWith("profile 'n': unknown field 'colour' for interactions"));
        assertEquals("a mapping profile needs a name", refusal("{\"fields\": {}}"));
        assertEquals("unknown time zone 'Mars/Olympus'", refusal("{\"name\": \"n\", \"fields\": {\"timestamp\": "
                + "\"t\", \"account_id\": \"a\"}, \"timestamp\": {\"format\": \"iso\", \"zone\": \"Mars/Olympus\"}}"));
        assertEquals("a pattern timestamp format needs a pattern", refusal("{\"name\": \"n\", \"fields\": "
                + "{\"timestamp\": \"t\", \"account_id\": \"a\"}, \"timestamp\": {\"format\": \"pattern\"}}"));
        assertEquals("profile version 9 is newer than this Hydrascope reads (1)",
                refusal("{\"hydrascope_profile\": 9, \"name\": \"n\"}"));
    }

    @Test
    void accountsProfileMapsAccountFields() {
        MappingProfile profile = ProfileJson.fromJson(parse("{\"name\": \"crm\", \"kind\": \"accounts\", \"fields\": "
                + "{\"account_id\": \"Customer\", \"email_domain\": \"Domain\"}}"));
        assertEquals(DataKind.ACCOUNTS, profile.kind());
        assertEquals(List.of(), profile.missingColumns(List.of("customer", "DOMAIN", "extra")));
    }

    @Test
    void headerMatchingIgnoresCaseSpellingAndOrder() throws Exception {
        MappingProfile profile = MappingProfile.load(fixture("gateway_profile.json"));
        assertTrue(profile.matchesHeader(List.of("tokens_in", "question", "engine", "source_ip", "customer", "when")));
        assertFalse(profile.matchesHeader(List.of("When", "Customer", "Source IP", "Engine", "Question")));
        assertEquals(List.of("Tokens In"),
                profile.missingColumns(List.of("When", "Customer", "SourceIP", "Engine", "Question")));
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JsonValues.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> ProfileJson.fromJson(parse(json))).getMessage();
    }
}
