package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.InteractionFields.ACCOUNT_ID;
import static io.hydrascope.ingest.InteractionFields.CONVERSATION_ID;
import static io.hydrascope.ingest.InteractionFields.PROMPT;
import static io.hydrascope.ingest.InteractionFields.REQUEST_ID;
import static io.hydrascope.ingest.InteractionFields.TIMESTAMP;

import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * Langfuse traces exports (the legacy traces table: id, timestamp, name, userId, sessionId, ..., bookmarked,
 * public, input, output). Recognised by id and timestamp with userId or sessionId and a column only Langfuse writes
 * (bookmarked, public, release). A trace is one request to the analyst's application: it becomes one interaction with
 * its input as prompt; models and tokens are on the observations, not here.
 */
public final class LangfuseTracesImporter extends InteractionImporter {
    public LangfuseTracesImporter() {
        super("Langfuse traces", TimestampFormat.AUTO_UTC, Set.of("ip", "user_agent", "model", "turn",
                "input_tokens", "output_tokens", "tool_calls", "status"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("id", "timestamp") && shape.hasAny("user_id", "session_id")
                && shape.hasAny("bookmarked", "public", "release") && !shape.hasAny("trace_id", "request_id");
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        return (r, s, notes) -> {
            s[REQUEST_ID] = r.text("id");
            s[TIMESTAMP] = r.text("timestamp");
            s[ACCOUNT_ID] = accountOrPlaceholder(r.text("user_id"), "langfuse", "userId", notes);
            s[CONVERSATION_ID] = r.text("session_id");
            s[PROMPT] = MessageText.prompt(r.json("input"));
            if (s[PROMPT] == null) {
                s[PROMPT] = r.text("input");
            }
            return null;
        };
    }
}
