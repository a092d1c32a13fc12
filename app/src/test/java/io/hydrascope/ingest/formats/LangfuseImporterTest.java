package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.formats.ImportHarness.counts;
import static io.hydrascope.ingest.formats.ImportHarness.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.ImportRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LangfuseImporterTest {
    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void generationsBecomeInteractionsAndSpansAndEventsAreSkipped() {
        ImportRecord r = harness.ingest(fixture("langfuse_observations.csv"));
        assertEquals("Langfuse observations (csv)", r.format());
        assertEquals(counts(4, 2, 0, 0, 2), r.counts());
        assertTrue(r.message().contains("1 record: skipped, a Langfuse SPAN observation is not a model call"),
                r.message());
        Map<String, String> row = harness.row("obs-1");
        assertEquals("2026-02-03T11:00:00.000Z", row.get("timestamp"));
        assertEquals("u-cara", row.get("account_id"));
        assertEquals("atlas-3", row.get("model"));
        assertEquals("sess-1", row.get("conversation_id"));
        assertEquals("300", row.get("input_tokens"));
        assertEquals("80", row.get("output_tokens"));
        assertEquals("0", row.get("tool_calls"));
        assertEquals("ok", row.get("status"));
        assertEquals("Summarise this contract in three bullet points.", row.get("prompt"));
    }

    @Test
    void errorLevelToolCallNamesAndPlainTextInputAreKept() {
        harness.ingest(fixture("langfuse_observations.csv"));
        Map<String, String> row = harness.row("obs-3");
        assertEquals("error", row.get("status"));
        assertEquals("2", row.get("tool_calls"));
        assertEquals("Write a haiku about rivers", row.get("prompt"));
        assertEquals("langfuse:unattributed", row.get("account_id"));
    }

    @Test
    void observationsAsJsonLinesWithCamelCaseKeysImportIncludingEmbeddings() {
        ImportRecord r = harness.ingest(fixture("langfuse_observations.jsonl"));
        assertEquals("Langfuse observations (jsonl)", r.format());
        assertEquals(counts(3, 2, 0, 0, 1), r.counts());
        Map<String, String> row = harness.row("obs-j1");
        assertEquals("u-hal", row.get("account_id"));
        assertEquals("25", row.get("input_tokens"));
        assertEquals("300", row.get("output_tokens"));
        assertEquals("sess-h", row.get("conversation_id"));
        assertEquals("Draft a cold email to a supplier.", row.get("prompt"));
        assertEquals("find similar tickets", harness.row("obs-j3").get("prompt"));
    }

    @Test
    void tracesExportBecomesOneInteractionPerTrace() {
        ImportRecord r = harness.ingest(fixture("langfuse_traces.csv"));
        assertEquals("Langfuse traces (csv)", r.format());
        assertEquals(counts(3, 3, 0, 0, 0), r.counts());
        assertTrue(r.message().contains("not available in this format: ip, user_agent, model, turn, input_tokens, "
                + "output_tokens, tool_calls, status"), r.message());
        Map<String, String> first = harness.row("tr-1");
        assertEquals("u-dan", first.get("account_id"));
        assertEquals("sess-9", first.get("conversation_id"));
        assertEquals("How do I reset my router?", first.get("prompt"));
        assertEquals("Tell me a joke", harness.row("tr-2").get("prompt"));
        assertEquals("hi", harness.row("tr-3").get("prompt"));
    }

    @Test
    void tracesAsJsonLinesImport() {
        ImportRecord r = harness.ingest(fixture("langfuse_traces.jsonl"));
        assertEquals("Langfuse traces (jsonl)", r.format());
        assertEquals(counts(2, 2, 0, 0, 0), r.counts());
        assertEquals("What is the capital of Peru?", harness.row("tr-j1").get("prompt"));
        assertEquals("2026-02-03T12:11:00.000Z", harness.row("tr-j2").get("timestamp"));
    }
}
