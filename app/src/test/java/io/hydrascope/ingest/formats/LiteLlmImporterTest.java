package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.formats.ImportHarness.counts;
import static io.hydrascope.ingest.formats.ImportHarness.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.ImportRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LiteLlmImporterTest {
    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void spendLogsCsvTakesIpUserAgentAndPromptFromItsJsonColumns() {
        ImportRecord r = harness.ingest(fixture("litellm_spend_logs.csv"));
        assertEquals("LiteLLM spend logs (csv)", r.format());
        assertEquals(counts(4, 3, 1, 0, 0), r.counts());
        assertEquals(Map.of("unparseable timestamp", 1L), harness.quarantineReasons());
        Map<String, String> row = harness.row("ll-csv-1");
        assertEquals("2026-02-03T10:00:00.123Z", row.get("timestamp"));
        assertEquals("u-ana", row.get("account_id"));
        assertEquals("198.51.100.7", row.get("ip"));
        assertEquals("litellm-client/1.2", row.get("user_agent"));
        assertEquals("atlas-3", row.get("model"));
        assertEquals("s-1", row.get("conversation_id"));
        assertEquals("120", row.get("input_tokens"));
        assertEquals("30", row.get("output_tokens"));
        assertEquals("1", row.get("tool_calls"));
        assertEquals("success", row.get("status"));
        assertEquals("Explain step by step how quicksort partitions.", row.get("prompt"));
    }

    @Test
    void accountIsTheKeyOwnerThenTheKeyAndNeverTheCallerSuppliedEndUserFirst() {
        harness.ingest(fixture("litellm_spend_logs.csv"));
        Map<String, String> byKey = harness.row("ll-csv-2");
        assertEquals("7c2e11aa", byKey.get("account_id"));
        assertEquals("203.0.113.9", byKey.get("ip"));
        assertEquals("Write a SQL query that ranks customers by spend.", byKey.get("prompt"));
        assertNull(byKey.get("tool_calls"), "an empty logged response says nothing about tool calls");
    }

    @Test
    void rowWithoutAnyIdentityIsImportedUnderAnUnattributedAccountAndReported() {
        ImportRecord r = harness.ingest(fixture("litellm_spend_logs.csv"));
        assertEquals("litellm:unattributed", harness.row("ll-csv-3").get("account_id"));
        assertTrue(r.message().contains("1 record: no account (user, api_key, end_user empty): imported as account "
                + "'litellm:unattributed'"), r.message());
        assertTrue(r.message().contains("not available in this format: turn"), r.message());
    }

    @Test
    void jsonLinesWithOlderSpellingsImportAndABrokenLineIsQuarantined() {
        ImportRecord r = harness.ingest(fixture("litellm_spend_logs.jsonl"));
        assertEquals("LiteLLM spend logs (jsonl)", r.format());
        assertEquals(counts(3, 2, 1, 0, 0), r.counts());
        assertEquals(Map.of("invalid JSON", 1L), harness.quarantineReasons());
        assertEquals("3", harness.column("SELECT line FROM quarantine").get(0));
        Map<String, String> row = harness.row("ll-jl-1");
        assertEquals("2026-02-03T10:10:00.000Z", row.get("timestamp"));
        assertEquals("198.51.100.20", row.get("ip"));
        assertEquals("curl/8.5", row.get("user_agent"));
        assertEquals("Solve 12*13 and show your reasoning.", row.get("prompt"));
        assertEquals("0", row.get("tool_calls"));
        assertEquals("5", harness.row("ll-jl-2").get("input_tokens"), "5.0 in JSON is a whole number");
    }

    @Test
    void jsonArrayIsStreamedAndARepeatedRequestIdIsADuplicate() {
        ImportRecord r = harness.ingest(fixture("litellm_spend_logs_array.json"));
        assertEquals("LiteLLM spend logs (json array)", r.format());
        assertEquals(counts(3, 2, 0, 1, 0), r.counts());
        Map<String, String> row = harness.row("ll-arr-1");
        assertEquals("shop-42", row.get("account_id"), "end_user is the identity left when user and key are empty");
        assertEquals("192.0.2.77", row.get("ip"));
        assertEquals("Rate this answer from 1 to 10 using the rubric.", row.get("prompt"));
    }

    @Test
    void quarantinedObjectOfAJsonArrayNamesItsIndexLineAndColumn() throws Exception {
        Path file = Files.writeString(harness.dir().resolve("spend.json"), "[{\"request_id\": \"a\", \"startTime\": "
                + "\"2026-02-03 10:00:00\", \"spend\": 0, \"user\": \"u\"},\n {\"request_id\": \"b\", \"startTime\": "
                + "\"yesterday\", \"spend\": 0, \"user\": \"u\"}]");
        assertEquals(counts(2, 1, 1, 0, 0), harness.ingest(file).counts());
        assertEquals("2", harness.column("SELECT line FROM quarantine").get(0));
        String detail = harness.column("SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("timestamp 'yesterday'"), detail);
        assertTrue(detail.endsWith("(at object 2 of the file, starting at line 2 column 2)"), detail);
    }
}
