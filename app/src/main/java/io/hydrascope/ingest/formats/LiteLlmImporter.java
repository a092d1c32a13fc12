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

import com.fasterxml.jackson.databind.JsonNode;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.JsonValues;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceRecord;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * LiteLLM proxy spend logs (the {@code LiteLLM_SpendLogs} table) exported as CSV, JSON Lines, a JSON array or single
 * objects. Recognised by request_id and startTime (or start_time) together with a column only LiteLLM writes.
 * Timestamps without an offset are UTC, as the proxy stores them.
 *
 * <p>Account: {@code user} (the key's owner), else {@code api_key} (hashed key), else {@code end_user}: the customer id
 * a caller passes is chosen last because the caller controls it, so a campaign can vary it freely. IP and user agent
 * come from their columns or from the {@code metadata} JSON.
 */
public final class LiteLlmImporter extends InteractionImporter {
    public LiteLlmImporter() {
        super("LiteLLM spend logs", TimestampFormat.AUTO_UTC, Set.of("turn"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("request_id", "startTime")
                && shape.hasAny("call_type", "spend", "custom_llm_provider", "model_group", "cache_key", "api_base");
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            JsonNode metadata = r.json("metadata");
            JsonNode request = r.json("proxy_server_request");
            s[REQUEST_ID] = r.text("request_id");
            s[TIMESTAMP] = r.text("startTime", "start_time");
            s[ACCOUNT_ID] = accountOrPlaceholder(account(r, metadata), "litellm", "user, api_key, end_user", notes);
            s[IP] = first(r.text("requester_ip_address"), JsonValues.member(metadata, "requester_ip_address"));
            s[USER_AGENT] = first(JsonValues.member(metadata, "user_agent"),
                    request == null ? null : JsonValues.member(request.path("headers"), "user-agent", "User-Agent"));
            s[MODEL] = r.text("model", "model_group");
            s[CONVERSATION_ID] = r.text("session_id");
            JsonNode usage = metadata == null ? null : metadata.get("usage_object");
            s[INPUT_TOKENS] = first(r.text("prompt_tokens"), JsonValues.member(usage, "prompt_tokens"));
            s[OUTPUT_TOKENS] = first(r.text("completion_tokens"), JsonValues.member(usage, "completion_tokens"));
            s[TOOL_CALLS] = number(MessageText.toolCalls(r.json("response")));
            s[STATUS] = r.text("status");
            s[PROMPT] = first(MessageText.prompt(r.json("messages")), MessageText.prompt(request));
            return null;
        };
    }

    private static String account(SourceRecord r, JsonNode metadata) {
        return first(r.text("user", "api_key", "end_user"),
                JsonValues.member(metadata, "user_api_key_user_id", "user_api_key_alias", "user_api_key"));
    }

    static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
