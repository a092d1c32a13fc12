package io.hydrascope.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ingest.ImportPreviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats are told apart by structure: every fixture, renamed to say nothing, is recognised as what it is. */
class FormatRecognitionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
            "litellm_spend_logs.csv, LiteLLM spend logs, csv",
            "litellm_spend_logs.jsonl, LiteLLM spend logs, jsonl",
            "litellm_spend_logs_array.json, LiteLLM spend logs, json array",
            "otlp_genai_traces.json, OpenTelemetry GenAI spans, json",
            "otlp_genai_traces.jsonl, OpenTelemetry GenAI spans, jsonl",
            "langfuse_observations.csv, Langfuse observations, csv",
            "langfuse_observations.jsonl, Langfuse observations, jsonl",
            "langfuse_traces.csv, Langfuse traces, csv",
            "langfuse_traces.jsonl, Langfuse traces, jsonl",
            "helicone_requests.csv, Helicone requests, csv",
            "helicone_requests.jsonl, Helicone requests, jsonl",
            "openrouter_activity.csv, OpenRouter activity, csv",
            "chatgpt_conversations.json, ChatGPT data export, json array",
            "gateway_export.csv, unrecognised, csv",
    })
    void fixtureIsRecognisedByItsStructureNotItsName(String fixture, String format, String container)
            throws Exception {
        Path renamed = Files.copy(ImportHarness.fixture(fixture), dir.resolve("export.data"));
        ImportPreview preview = new ImportPreviewService(BuiltInFormats.all()).preview(renamed, 3);
        assertEquals(format, preview.format());
        assertEquals(container, preview.container());
    }
}
