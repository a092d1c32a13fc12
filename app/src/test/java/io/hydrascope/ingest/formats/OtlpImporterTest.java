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

class OtlpImporterTest {
    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void modelCallSpansAreImportedAndOtherSpansSkippedWithTheirReason() {
        ImportRecord r = harness.ingest(fixture("otlp_genai_traces.json"));
        assertEquals("OpenTelemetry GenAI spans (json)", r.format());
        assertEquals(counts(5, 3, 0, 0, 2), r.counts());
        assertTrue(r.message().contains("1 record: skipped, not a GenAI span"), r.message());
        assertTrue(r.message().contains("1 record: skipped, GenAI execute_tool span (not a model call)"), r.message());
    }

    @Test
    void currentGenAiAndIdentityAttributesFillEveryField() {
        harness.ingest(fixture("otlp_genai_traces.json"));
        Map<String, String> row = harness.row("0af7651916cd43dd8448eb211c80319c:b7ad6b7169203331");
        assertEquals("2026-02-03T10:00:00.000Z", row.get("timestamp"));
        assertEquals("u-ana", row.get("account_id"));
        assertEquals("198.51.100.7", row.get("ip"));
        assertEquals("OpenAI/Python 1.40.0", row.get("user_agent"));
        assertEquals("atlas-3", row.get("model"), "the requested model, not the dated one that answered");
        assertEquals("conv-77", row.get("conversation_id"));
        assertEquals("42", row.get("input_tokens"));
        assertEquals("128", row.get("output_tokens"));
        assertEquals("1", row.get("tool_calls"));
        assertEquals("ok", row.get("status"));
        assertEquals("Plan a multi-step agent that compares prices.", row.get("prompt"));
    }

    @Test
    void deprecatedAttributeNamesAreMappedForward() {
        harness.ingest(fixture("otlp_genai_traces.json"));
        Map<String, String> row = harness.row("1bf7651916cd43dd8448eb211c80319d:d9cf8d9381425553");
        assertEquals("u-ben", row.get("account_id"));
        assertEquals("legacy-sdk/0.9", row.get("user_agent"));
        assertEquals("atlas-2", row.get("model"));
        assertEquals("10", row.get("input_tokens"));
        assertEquals("5", row.get("output_tokens"));
        assertEquals("Translate 'hello' to French.", row.get("prompt"));
        assertEquals("error", row.get("status"));
    }

    @Test
    void identityOnTheResourceAndStructuredMessageAttributesAreRead() {
        harness.ingest(fixture("otlp_genai_traces.json"));
        Map<String, String> row = harness.row("3df7651916cd43dd8448eb211c80319f:f1e1af15a3647775");
        assertEquals("svc-eval", row.get("account_id"));
        assertEquals("Grade this answer on a 1-10 rubric.", row.get("prompt"));
        assertNull(row.get("ip"));
    }

    @Test
    void collectorFileExporterOutputWithOneBatchPerLineImports() {
        ImportRecord r = harness.ingest(fixture("otlp_genai_traces.jsonl"));
        assertEquals("OpenTelemetry GenAI spans (jsonl)", r.format());
        assertEquals(counts(2, 2, 0, 0, 0), r.counts());
        assertEquals("Write a Python function that reverses a list.", harness.row("4e:01").get("prompt"));
        Map<String, String> embedding = harness.row("4f:02");
        assertEquals("otel:unattributed", embedding.get("account_id"));
        assertEquals("7", embedding.get("input_tokens"));
    }

    @Test
    void quarantinedSpanNamesItsIndexAndLine() throws Exception {
        Path file = Files.writeString(harness.dir().resolve("spans.json"),
                "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [\n"
                + "{\"traceId\": \"t\", \"spanId\": \"s1\", \"attributes\": [{\"key\": \"gen_ai.operation.name\", "
                + "\"value\": {\"stringValue\": \"chat\"}}]}]}]}]}");
        assertEquals(counts(1, 0, 1, 0, 0), harness.ingest(file).counts());
        String detail = harness.column("SELECT detail FROM quarantine").get(0);
        assertTrue(detail.contains("timestamp is empty or absent"), detail);
        assertTrue(detail.contains("(at span 1 of the file, starting at line 2 column 1)"), detail);
    }
}
