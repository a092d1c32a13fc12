package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.InteractionFields.ACCOUNT_ID;
import static io.hydrascope.ingest.InteractionFields.CONVERSATION_ID;
import static io.hydrascope.ingest.InteractionFields.INPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.MODEL;
import static io.hydrascope.ingest.InteractionFields.OUTPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.PROMPT;
import static io.hydrascope.ingest.InteractionFields.REQUEST_ID;
import static io.hydrascope.ingest.InteractionFields.STATUS;
import static io.hydrascope.ingest.InteractionFields.TIMESTAMP;
import static io.hydrascope.ingest.InteractionFields.TOOL_CALLS;

import com.fasterxml.jackson.databind.JsonNode;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.JsonValues;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceRecord;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Langfuse observations exports (CSV, JSON Lines or a JSON array; observations_v2 and the older API shape).
 * Recognised by id, trace_id, type and start_time. Each GENERATION (or EMBEDDING) observation is a model call and
 * becomes an interaction; spans, events, tools and the like are skipped. Timestamps without an offset are UTC.
 */
public final class LangfuseObservationsImporter extends InteractionImporter {
    private static final Set<String> MODEL_CALLS = Set.of("GENERATION", "EMBEDDING");

    public LangfuseObservationsImporter() {
        super("Langfuse observations", TimestampFormat.AUTO_UTC, Set.of("ip", "user_agent", "turn"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("id", "trace_id", "type", "start_time");
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            String type = r.text("type");
            if (type == null || !MODEL_CALLS.contains(type.strip().toUpperCase(Locale.ROOT))) {
                return "a Langfuse " + (type == null ? "observation without type" : type.strip() + " observation")
                        + " is not a model call";
            }
            s[REQUEST_ID] = r.text("id");
            s[TIMESTAMP] = r.text("start_time");
            s[ACCOUNT_ID] = accountOrPlaceholder(r.text("user_id"), "langfuse", "user_id", notes);
            s[MODEL] = r.text("provided_model_name", "model");
            s[CONVERSATION_ID] = r.text("session_id");
            JsonNode usage = usage(r);
            s[INPUT_TOKENS] = LiteLlmImporter.first(r.text("prompt_tokens", "input_usage"),
                    JsonValues.member(usage, "input", "promptTokens", "prompt_tokens", "input_tokens"));
            s[OUTPUT_TOKENS] = LiteLlmImporter.first(r.text("completion_tokens", "output_usage"),
                    JsonValues.member(usage, "output", "completionTokens", "completion_tokens", "output_tokens"));
            s[TOOL_CALLS] = toolCalls(r);
            s[STATUS] = status(r.text("level"));
            s[PROMPT] = MessageText.prompt(r.json("input"));
            if (s[PROMPT] == null) {
                s[PROMPT] = r.text("input");
            }
            return null;
        };
    }

    private static JsonNode usage(SourceRecord r) {
        JsonNode usage = r.json("usage_details");
        return usage != null ? usage : r.json("usage");
    }

    private static String toolCalls(SourceRecord r) {
        JsonNode names = r.json("tool_call_names");
        if (names != null && names.isArray()) {
            return Long.toString(names.size());
        }
        JsonNode calls = r.json("tool_calls");
        if (calls != null && calls.isArray()) {
            return Long.toString(calls.size());
        }
        return number(MessageText.toolCalls(r.json("output")));
    }

    /** Langfuse levels DEBUG, DEFAULT, WARNING, ERROR: an error is the one worth a status. */
    private static String status(String level) {
        if (level == null) {
            return null;
        }
        return level.strip().equalsIgnoreCase("ERROR") ? "error" : "ok";
    }
}
