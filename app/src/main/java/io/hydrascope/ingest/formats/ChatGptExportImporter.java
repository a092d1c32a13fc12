package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.InteractionFields.ACCOUNT_ID;
import static io.hydrascope.ingest.InteractionFields.CONVERSATION_ID;
import static io.hydrascope.ingest.InteractionFields.MODEL;
import static io.hydrascope.ingest.InteractionFields.PROMPT;
import static io.hydrascope.ingest.InteractionFields.REQUEST_ID;
import static io.hydrascope.ingest.InteractionFields.TIMESTAMP;
import static io.hydrascope.ingest.InteractionFields.TOOL_CALLS;
import static io.hydrascope.ingest.InteractionFields.TURN;

import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.RecordSource;
import io.hydrascope.ingest.RowMapper;
import io.hydrascope.ingest.SourceInput;
import io.hydrascope.ingest.SourceShape;
import io.hydrascope.ingest.TimestampFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A ChatGPT data export's {@code conversations.json}: every user message becomes an interaction of one account, the
 * exporting user, named by the import's account option or else after the file ({@code chatgpt:<file name>}).
 * Recognised by conversation objects with a {@code mapping} tree. The request id is
 * {@code <conversation id>/<message id>}: exports copy a message into a branched conversation under the same id.
 * Custom instructions and hidden messages are skipped.
 */
public final class ChatGptExportImporter extends InteractionImporter {
    public ChatGptExportImporter() {
        super("ChatGPT data export", TimestampFormat.AUTO,
                Set.of("ip", "user_agent", "input_tokens", "output_tokens", "status"));
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return shape.hasAll("mapping") && shape.hasAny("current_node", "title");
    }

    @Override
    public RecordSource open(SourceInput input) throws IOException {
        return new ChatGptConversationSource(input);
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        String account = account(file, options);
        return (r, s, notes) -> {
            if ("user_editable_context".equals(r.text("content_type"))) {
                return "custom instructions (user_editable_context), not a prompt";
            }
            if ("true".equals(r.text("hidden"))) {
                return "message hidden in the ChatGPT interface, not a prompt";
            }
            String conversation = r.text("conversation_id");
            s[REQUEST_ID] = conversation == null ? null : conversation + "/" + r.text("message_id");
            s[TIMESTAMP] = r.text("create_time");
            if (s[TIMESTAMP] == null) {
                s[TIMESTAMP] = r.text("conversation_create_time");
                if (s[TIMESTAMP] != null) {
                    notes.add("message without create_time: the conversation's create_time was used");
                }
            }
            s[ACCOUNT_ID] = account;
            s[MODEL] = r.text("model_slug");
            s[CONVERSATION_ID] = conversation;
            s[TURN] = r.text("turn");
            s[TOOL_CALLS] = r.text("tool_calls");
            s[PROMPT] = r.text("text");
            return null;
        };
    }

    /** The account option, else {@code chatgpt:} and the file name without extensions. */
    static String account(Path file, ImportOptions options) {
        if (options.accountName() != null && !options.accountName().isBlank()) {
            return options.accountName().strip();
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return "chatgpt:" + (dot > 0 ? name.substring(0, dot) : name);
    }
}
