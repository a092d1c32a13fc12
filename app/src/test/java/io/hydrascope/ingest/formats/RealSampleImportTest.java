package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.formats.ImportHarness.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.RealData;
import io.hydrascope.model.ImportRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files written by other people (the shared sample folder beside the repository); skipped when it is absent. */
class RealSampleImportTest {
    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void liteLlmSpendLogPayloadImportsItsOneRow() {
        ImportRecord r = harness.ingest(RealData.file("formats/litellm_spend_logs_payload.json"));
        assertEquals("LiteLLM spend logs (json)", r.format());
        assertEquals(counts(1, 1, 0, 0, 0), r.counts());
        Map<String, String> row = harness.row("chatcmpl-2283081b-dc89-41f6-93e6-d4f914774027");
        assertEquals("2025-01-24T09:20:46.847Z", row.get("timestamp"));
        assertEquals("litellm:unattributed", row.get("account_id"), "the payload has no key, user or end user");
        assertEquals("gpt-4o", row.get("model"));
        assertEquals("1234567890", row.get("conversation_id"));
        assertEquals("10", row.get("input_tokens"));
        assertEquals("20", row.get("output_tokens"));
        assertEquals("success", row.get("status"));
    }

    @Test
    void chatGptExportImportsAll645UserPromptsIn192Conversations() {
        ImportRecord r = harness.ingest(RealData.file("chat/chatgpt_export_conversations.json"));
        assertEquals("ChatGPT data export (json array)", r.format());
        assertEquals(counts(645, 645, 0, 0, 0), r.counts());
        assertEquals(192, harness.count("SELECT count(DISTINCT conversation_id) FROM interactions"));
        assertEquals(List.of("chatgpt:chatgpt_export_conversations"),
                harness.column("SELECT DISTINCT account_id FROM interactions_v"));
        assertEquals(0, harness.count("SELECT count(*) FROM interactions WHERE turn IS NULL OR turn < 1"));
        assertEquals(645, harness.count("SELECT count(*) FROM interactions WHERE prompt IS NOT NULL"));
        assertEquals(192,
                harness.count("SELECT count(DISTINCT conversation_id) FROM interactions WHERE turn = 1"),
                "every conversation starts with turn 1");
        assertTrue(harness.count("SELECT count(*) FROM interactions WHERE model IS NOT NULL") > 600);
    }

    @Test
    void otlpExampleHasOneSpanThatIsNotGenAiAndIsSkipped() {
        ImportRecord r = harness.ingest(RealData.file("formats/otlp_trace_example.json"));
        assertEquals("OpenTelemetry GenAI spans (json)", r.format());
        assertEquals(counts(1, 0, 0, 0, 1), r.counts());
        assertTrue(r.message().contains("1 record: skipped, not a GenAI span"), r.message());
    }
}
