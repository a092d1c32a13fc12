package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.InteractionFields.ACCOUNT_ID;
import static io.hydrascope.ingest.InteractionFields.INPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.MODEL;
import static io.hydrascope.ingest.InteractionFields.OUTPUT_TOKENS;
import static io.hydrascope.ingest.InteractionFields.REQUEST_ID;
import static io.hydrascope.ingest.InteractionFields.STATUS;
import static io.hydrascope.ingest.InteractionFields.TIMESTAMP;

import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * OpenRouter's activity export (CSV; JSON with the same keys works too). Recognised by generation_id and created_at
 * with model_permaslug or the token columns. It holds no prompts, IPs, user agents or conversations: useful for
 * volume, timing and model moves only. Account: the {@code user} the caller passed, else the API key's name.
 */
public final class OpenRouterImporter extends InteractionImporter {
    public OpenRouterImporter() {
        super("OpenRouter activity", TimestampFormat.AUTO_UTC,
                Set.of("ip", "user_agent", "conversation_id", "turn", "tool_calls", "prompt"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("generation_id", "created_at") && shape.hasAny("model_permaslug", "tokens_prompt");
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            s[REQUEST_ID] = r.text("generation_id");
            s[TIMESTAMP] = r.text("created_at");
            s[ACCOUNT_ID] = accountOrPlaceholder(r.text("user", "api_key_name"), "openrouter", "user, api_key_name",
                    notes);
            s[MODEL] = r.text("model_permaslug", "model");
            s[INPUT_TOKENS] = r.text("tokens_prompt");
            s[OUTPUT_TOKENS] = r.text("tokens_completion");
            s[STATUS] = "true".equalsIgnoreCase(r.text("cancelled")) ? "cancelled"
                    : r.text("finish_reason_normalized", "finish_reason");
            return null;
        };
    }
}
