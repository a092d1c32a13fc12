package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.formats.ImportHarness.counts;
import static io.hydrascope.ingest.formats.ImportHarness.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.ImportRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HeliconeAndOpenRouterImporterTest {
    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void heliconeCsvTakesPromptFromTheRequestBodyAndSessionFromProperties() {
        ImportRecord r = harness.ingest(fixture("helicone_requests.csv"));
        assertEquals("Helicone requests (csv)", r.format());
        assertEquals(counts(3, 2, 1, 0, 0), r.counts());
        assertEquals(Map.of("non-numeric token count", 1L), harness.quarantineReasons());
        Map<String, String> row = harness.row("hr-1");
        assertEquals("u-eve", row.get("account_id"));
        assertEquals("hs-1", row.get("conversation_id"));
        assertEquals("200", row.get("status"));
        assertEquals("List 20 Python interview questions.", row.get("prompt"));
        assertTrue(r.message().contains("not available in this format: ip, user_agent, turn"), r.message());
    }

    @Test
    void heliconeUserIdPropertyAndBodyModelFillGapsAndZonelessTimesAreUtc() {
        harness.ingest(fixture("helicone_requests.csv"));
        Map<String, String> row = harness.row("hr-2");
        assertEquals("u-fay", row.get("account_id"));
        assertEquals("atlas-4", row.get("model"));
        assertEquals("2026-02-03T13:01:00.000Z", row.get("timestamp"));
        assertEquals("Review this code for bugs.", row.get("prompt"));
    }

    @Test
    void heliconeJsonLinesImportWithResponsesApiInput() {
        ImportRecord r = harness.ingest(fixture("helicone_requests.jsonl"));
        assertEquals("Helicone requests (jsonl)", r.format());
        assertEquals(counts(2, 2, 0, 0, 0), r.counts());
        Map<String, String> row = harness.row("hj-1");
        assertEquals("hs-9", row.get("conversation_id"));
        assertEquals("0", row.get("tool_calls"));
        assertEquals("Give me 50 SQL practice tasks.", row.get("prompt"));
        assertEquals("Summarise the news.", harness.row("hj-2").get("prompt"));
    }

    @Test
    void openRouterActivityGivesVolumeTimingAndModelsButNoContent() {
        ImportRecord r = harness.ingest(fixture("openrouter_activity.csv"));
        assertEquals("OpenRouter activity (csv)", r.format());
        assertEquals(counts(3, 3, 0, 0, 0), r.counts());
        assertTrue(r.message().startsWith("not available in this format: ip, user_agent, conversation_id, turn, "
                + "tool_calls, prompt"), r.message());
        Map<String, String> first = harness.row("gen-1");
        assertEquals("end-17", first.get("account_id"));
        assertEquals("acme/atlas-3-20260101", first.get("model"));
        assertEquals("2026-02-03T14:00:00.123Z", first.get("timestamp"));
        assertEquals("200", first.get("input_tokens"));
        assertEquals("stop", first.get("status"));
        assertNull(first.get("prompt"));
        assertEquals("prod-key", harness.row("gen-2").get("account_id"));
        assertEquals("cancelled", harness.row("gen-3").get("status"));
    }
}
