package io.hydrascope.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.ingest.JsonElementStream;
import io.hydrascope.ingest.JsonRecord;
import io.hydrascope.ingest.JsonValues;
import io.hydrascope.ingest.ReadStop;
import io.hydrascope.ingest.SourceInput;
import io.hydrascope.ingest.SourceShape;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user messages of a ChatGPT data export ({@code conversations.json}), read one conversation at a time. Each
 * record has: conversation_id, conversation_title, conversation_create_time, message_id, create_time, turn (the
 * message's place among the user messages on its path from the root of the message tree; edited siblings share a
 * turn), content_type, text, hidden, model_slug (from the reply that follows, on the branch the conversation ended
 * on) and tool_calls (the assistant's calls to tools before the next user message). Assistant, system and tool
 * messages are not records. The file is usually one line, so {@link #line()} is the record's index.
 */
final class ChatGptConversationSource extends NestedRecordSource {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COLUMNS = List.of("conversation_id", "conversation_title",
            "conversation_create_time", "message_id", "create_time", "turn", "content_type", "text", "hidden",
            "model_slug", "tool_calls");

    private final JsonElementStream conversations;
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private long index;
    private String location;

    ChatGptConversationSource(SourceInput input) throws IOException {
        super(input);
        this.conversations = new JsonElementStream(input.text(),
                input.shape().container() == SourceShape.Container.JSON_ARRAY);
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public ReadStop stop() {
        String reason = conversations.stopReason();
        return reason == null ? null : new ReadStop(conversations.line(), reason, input.bytesRead());
    }

    @Override
    public boolean next() throws IOException {
        clearCurrent();
        while (pending.isEmpty()) {
            if (!conversations.next()) {
                return false;
            }
            if (conversations.node() == null) {
                index++;
                problem = conversations.problem();
                problemDetail = conversations.problemDetail();
                raw = conversations.raw();
                location = "conversation " + conversations.index() + " of the file, at line " + conversations.line()
                        + " column " + conversations.column();
                return true;
            }
            pending.addAll(userMessages(conversations.node()));
        }
        ObjectNode message = pending.removeFirst();
        index++;
        record = new JsonRecord(message);
        raw = message.toString();
        location = "record " + index + " (the line column holds this index): user message "
                + message.path("message_id").asText() + " of conversation " + message.path("conversation_id").asText()
                + ", which starts at line " + conversations.line() + " column " + conversations.column();
        return true;
    }

    /** The conversation's user messages as records, in order of creation. */
    static List<ObjectNode> userMessages(JsonNode conversation) {
        JsonNode mapping = conversation.path("mapping");
        Set<String> currentPath = pathToRoot(mapping, conversation.path("current_node").asText(null));
        List<ObjectNode> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode message = entry.getValue().path("message");
            if (!role(message).equals("user")) {
                continue;
            }
            ObjectNode r = NODES.objectNode();
            r.put("conversation_id", JsonValues.member(conversation, "conversation_id", "id"));
            r.put("conversation_title", JsonValues.text(conversation.get("title")));
            r.put("conversation_create_time", JsonValues.text(conversation.get("create_time")));
            r.put("message_id", JsonValues.member(message, "id") == null ? entry.getKey() : message.get("id").asText());
            r.put("create_time", JsonValues.text(message.get("create_time")));
            r.put("turn", turn(mapping, entry.getKey()));
            r.put("content_type", message.path("content").path("content_type").asText(null));
            r.put("text", text(message.path("content")));
            r.put("hidden", isHidden(message));
            followReply(mapping, entry.getValue(), currentPath, r);
            if (!r.hasNonNull("model_slug")) {
                r.put("model_slug", JsonValues.member(conversation, "default_model_slug"));
            }
            out.add(r);
        }
        out.sort(Comparator.comparingDouble(ChatGptConversationSource::createTime));
        return out;
    }

    private static double createTime(ObjectNode r) {
        String t = r.path("create_time").asText(null);
        try {
            return t == null ? Double.MAX_VALUE : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    /** Custom instructions and messages the ChatGPT interface does not show: context, not the user's prompts. */
    static boolean isHidden(JsonNode message) {
        return message.path("content").path("content_type").asText("").equals("user_editable_context")
                || message.path("metadata").path("is_visually_hidden_from_conversation").asBoolean(false);
    }

    private static String role(JsonNode message) {
        return message.path("author").path("role").asText("");
    }

    private static Set<String> pathToRoot(JsonNode mapping, String node) {
        Set<String> path = new HashSet<>();
        for (String id = node; id != null && path.add(id); ) {
            id = mapping.path(id).path("parent").asText(null);
        }
        return path;
    }

    /** 1-based count of the user's prompts from the root down to this node (custom instructions do not count). */
    private static int turn(JsonNode mapping, String node) {
        int turn = 0;
        Set<String> seen = new HashSet<>();
        for (String id = node; id != null && seen.add(id); ) {
            JsonNode n = mapping.path(id);
            if (role(n.path("message")).equals("user") && !isHidden(n.path("message"))) {
                turn++;
            }
            id = n.path("parent").asText(null);
        }
        return turn;
    }

    /** Walks the reply after a user message (the branch the conversation ended on, else the latest) to the next one. */
    private static void followReply(JsonNode mapping, JsonNode userNode, Set<String> currentPath, ObjectNode r) {
        int toolCalls = 0;
        Set<String> seen = new HashSet<>();
        JsonNode node = userNode;
        while (true) {
            JsonNode children = node.path("children");
            if (!children.isArray() || children.isEmpty()) {
                break;
            }
            String next = children.get(children.size() - 1).asText();
            for (JsonNode child : children) {
                if (currentPath.contains(child.asText())) {
                    next = child.asText();
                }
            }
            if (!seen.add(next)) {
                break;
            }
            node = mapping.path(next);
            JsonNode message = node.path("message");
            String role = role(message);
            if (role.equals("user")) {
                break;
            }
            if (role.equals("assistant")) {
                if (!r.hasNonNull("model_slug")) {
                    r.put("model_slug", JsonValues.member(message.path("metadata"), "model_slug"));
                }
                String recipient = message.path("recipient").asText("all");
                if (!recipient.equals("all")) {
                    toolCalls++;
                }
            }
        }
        r.put("tool_calls", toolCalls);
    }

    /** Text parts joined by a newline; images and other non-text parts are left out. */
    private static String text(JsonNode content) {
        List<String> parts = new ArrayList<>();
        for (JsonNode part : content.path("parts")) {
            if (part.isTextual()) {
                parts.add(part.asText());
            } else if (part.isObject() && part.path("text").isTextual()) {
                parts.add(part.get("text").asText());
            }
        }
        if (parts.isEmpty() && content.path("text").isTextual()) {
            parts.add(content.get("text").asText());
        }
        String joined = String.join("\n", parts);
        return joined.isBlank() ? null : joined;
    }

    @Override
    public long line() {
        return index;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() throws IOException {
        conversations.close();
    }
}
