package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.InteractionFields.ACCOUNT_ID;
import static io.hydrascope.ingest.InteractionFields.CONVERSATION_ID;
import static io.hydrascope.ingest.InteractionFields.INPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.IP;
import static io.hydrascope.ingest.InteractionFields.MODEL;
import static io.hydrascope.ingest.InteractionFields.OUTPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.PROMPT;
import static io.hydrascope.ingest.InteractionFields.REQUEST_ID;
import static io.hydrascope.ingest.InteractionFields.STATUS;
import static io.hydrascope.ingest.InteractionFields.TIMESTAMP;
import static io.hydrascope.ingest.InteractionFields.TOOL_CALLS;
import static io.hydrascope.ingest.InteractionFields.USER_AGENT;

import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.RecordSource;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceInput;
import io.hydrascope.ingest.SourceRecord;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * OpenTelemetry traces in OTLP/JSON with the GenAI semantic conventions. Recognised by a top-level
 * {@code resourceSpans}. A span is a model call when it carries gen_ai attributes and its operation is not an agent,
 * tool, workflow or retrieval step; other spans are skipped, not quarantined. Deprecated attribute names
 * (gen_ai.system, gen_ai.usage.prompt_tokens / completion_tokens, gen_ai.prompt, enduser.id, http.user_agent,
 * http.client_ip) are read where the current ones are absent. The request id is {@code traceId:spanId}.
 */
public final class OtlpImporter extends InteractionImporter {
    private static final Set<String> NOT_MODEL_CALLS = Set.of("execute_tool", "invoke_agent", "create_agent",
            "invoke_workflow", "retrieval");
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    public OtlpImporter() {
        super("OpenTelemetry GenAI spans", TimestampFormat.AUTO, Set.of("turn"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.container().isJson() && shape.container() != SourceShape.Container.JSON_ARRAY
                && shape.hasAny("resourceSpans");
    }

    @Override
    public RecordSource open(SourceInput input) throws IOException {
        return new OtlpSpanSource(input);
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            String skip = skipReason(r);
            if (skip != null) {
                return skip;
            }
            String trace = r.text("trace_id");
            String span = r.text("span_id");
            s[REQUEST_ID] = trace == null || span == null ? null : trace + ":" + span;
            s[TIMESTAMP] = micros(r.text("start_time_unix_nano"));
            s[ACCOUNT_ID] = accountOrPlaceholder(r.text("user.id", "enduser.id"), "otel", "user.id, enduser.id",
                    notes);
            s[IP] = r.text("client.address", "http.client_ip");
            s[USER_AGENT] = r.text("user_agent.original", "http.user_agent");
            s[MODEL] = r.text("gen_ai.request.model", "gen_ai.response.model");
            s[CONVERSATION_ID] = r.text("gen_ai.conversation.id", "session.id");
            s[INPUT_TOKENS] = r.text("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens");
            s[OUTPUT_TOKENS] = r.text("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens");
            s[TOOL_CALLS] = number(MessageText.toolCalls(r.json("gen_ai.output.messages")));
            s[STATUS] = status(r);
            s[PROMPT] = prompt(r);
            return null;
        };
    }

    private static String skipReason(SourceRecord r) {
        String operation = r.text("gen_ai.operation.name");
        boolean genAi = operation != null || r.text("gen_ai.provider.name", "gen_ai.system",
                "gen_ai.request.model", "gen_ai.response.model") != null;
        if (!genAi) {
            return "not a GenAI span";
        }
        if (operation != null && NOT_MODEL_CALLS.contains(operation.strip().toLowerCase(Locale.ROOT))) {
            return "GenAI " + operation.strip() + " span (not a model call)";
        }
        return null;
    }

    /** OTLP times are nanoseconds; the canonical unit is microseconds. Non-numbers are left for validation. */
    private static String micros(String nanos) {
        if (nanos == null) {
            return null;
        }
        try {
            return new BigInteger(nanos.strip()).divide(THOUSAND).toString();
        } catch (NumberFormatException e) {
            return nanos;
        }
    }

    private static String status(SourceRecord r) {
        String code = r.text("status_code");
        boolean error = r.text("error.type") != null
                || code != null && (code.strip().equals("2") || code.toUpperCase(Locale.ROOT).contains("ERROR"));
        return error ? "error" : "ok";
    }

    /** Current structured messages first, then the deprecated prompt attribute, indexed prompts and prompt events. */
    private static String prompt(SourceRecord r) {
        String text = MessageText.prompt(r.json("gen_ai.input.messages"));
        if (text == null) {
            text = MessageText.prompt(r.json("gen_ai.prompt"));
        }
        if (text == null) {
            text = indexedPrompt(r);
        }
        if (text == null) {
            text = r.text("gen_ai.user.message.content", "gen_ai.prompt");
        }
        return text;
    }

    /** Instrumentations such as OpenLLMetry write gen_ai.prompt.0.role / gen_ai.prompt.0.content ...: last user's. */
    private static String indexedPrompt(SourceRecord r) {
        String found = null;
        for (int i = 0; i < 1000; i++) {
            String role = r.text("gen_ai.prompt." + i + ".role");
            String content = r.text("gen_ai.prompt." + i + ".content");
            if (role == null && content == null) {
                break;
            }
            if ("user".equalsIgnoreCase(role) && content != null) {
                found = content;
            }
        }
        return found;
    }
}
