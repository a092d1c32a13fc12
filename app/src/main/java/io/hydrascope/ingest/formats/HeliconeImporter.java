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
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * Helicone request exports (CSV, JSON Lines or a JSON array). Recognised by request_created_at with response_id or
 * request_id and one of Helicone's request columns. Helicone logs no client IP or user agent. Account: the
 * Helicone-User-Id ({@code request_user_id}); conversation: the Helicone-Session-Id property.
 */
public final class HeliconeImporter extends InteractionImporter {
    public HeliconeImporter() {
        super("Helicone requests", TimestampFormat.AUTO_UTC, Set.of("ip", "user_agent", "turn"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("request_created_at") && shape.hasAny("response_id", "request_id")
                && shape.hasAny("request_body", "request_properties", "request_user_id", "response_status",
                "request_path");
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            JsonNode properties = r.json("request_properties");
            if (properties == null) {
                properties = r.json("properties");
            }
            JsonNode body = r.json("request_body");
            s[REQUEST_ID] = r.text("request_id", "response_id");
            s[TIMESTAMP] = r.text("request_created_at", "response_created_at");
            s[ACCOUNT_ID] = accountOrPlaceholder(LiteLlmImporter.first(r.text("request_user_id", "user_id"),
                    JsonValues.member(properties, "Helicone-User-Id", "helicone-user-id")), "helicone",
                    "request_user_id", notes);
            s[MODEL] = LiteLlmImporter.first(r.text("model", "request_model", "response_model"),
                    JsonValues.member(body, "model"));
            s[CONVERSATION_ID] = JsonValues.member(properties, "Helicone-Session-Id", "helicone-session-id");
            s[INPUT_TOKENS] = r.text("prompt_tokens");
            s[OUTPUT_TOKENS] = r.text("completion_tokens");
            s[TOOL_CALLS] = number(MessageText.toolCalls(r.json("response_body")));
            s[STATUS] = r.text("response_status", "status");
            s[PROMPT] = MessageText.prompt(body);
            return null;
        };
    }
}
