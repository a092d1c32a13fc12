package io.hydrascope.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.hydrascope.ingest.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the user's prompt in the message structures gateways log (OpenAI chat and Responses requests, Anthropic
 * content blocks, Gemini contents, OpenTelemetry GenAI parts, LangChain-style inputs) and counts the tool calls in a
 * logged response. The prompt of an exchange is the text of its last user message: earlier ones are the history the
 * client resent. Stateless.
 */
final class MessageText {
    private static final Set<String> USER_ROLES = Set.of("user", "human");
    private static final Set<String> TEXT_PART_TYPES = Set.of("text", "input_text");
    private static final Set<String> TOOL_CALL_TYPES = Set.of("tool_call", "tool_use", "function_call");
    private static final int MAX_DEPTH = 8;

    private MessageText() {
    }

    /** The last user message's text in a logged request or input; null when there is none. */
    static String prompt(JsonNode input) {
        return prompt(input, 0);
    }

    private static String prompt(JsonNode input, int depth) {
        if (input == null || input.isNull() || input.isMissingNode() || depth > MAX_DEPTH) {
            return null;
        }
        if (input.isTextual()) {
            JsonNode parsed = JsonValues.parse(input.asText());
            if (parsed != null) {
                return prompt(parsed, depth + 1);
            }
            return blankToNull(input.asText());
        }
        if (input.isArray()) {
            return fromArray(input, depth);
        }
        if (!input.isObject()) {
            return null;
        }
        for (String key : List.of("messages", "contents", "input", "prompt")) {
            if (input.has(key)) {
                String found = prompt(input.get(key), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        if (input.has("role")) {
            return isUser(input) ? content(input) : null;
        }
        return JsonValues.member(input, "text", "content", "query", "question");
    }

    private static String fromArray(JsonNode array, int depth) {
        boolean messages = false;
        for (int i = array.size() - 1; i >= 0; i--) {
            JsonNode element = array.get(i);
            if (element.isObject() && element.has("role")) {
                messages = true;
                if (isUser(element)) {
                    return content(element);
                }
            }
        }
        if (messages) {
            return null;
        }
        String parts = partsText(array);
        if (parts != null) {
            return parts;
        }
        return array.size() > 0 ? prompt(array.get(array.size() - 1), depth + 1) : null;
    }

    private static boolean isUser(JsonNode message) {
        return USER_ROLES.contains(message.path("role").asText("").toLowerCase(java.util.Locale.ROOT));
    }

    /** Text of one message: its content (text or parts) or its parts (OpenTelemetry, Gemini). */
    static String content(JsonNode message) {
        JsonNode content = message.has("content") ? message.get("content") : message.get("parts");
        if (content == null || content.isNull()) {
            return null;
        }
        if (content.isTextual()) {
            return blankToNull(content.asText());
        }
        return content.isArray() ? partsText(content) : null;
    }

    /** Text parts joined by a newline; null when no part holds text. */
    private static String partsText(JsonNode parts) {
        List<String> texts = new ArrayList<>();
        for (JsonNode part : parts) {
            if (part.isTextual()) {
                texts.add(part.asText());
            } else if (part.isObject()) {
                String type = part.path("type").asText("text");
                if (TEXT_PART_TYPES.contains(type)) {
                    String t = JsonValues.member(part, "text", "content");
                    if (t != null) {
                        texts.add(t);
                    }
                }
            }
        }
        return texts.isEmpty() ? null : blankToNull(String.join("\n", texts));
    }

    /**
     * Tool calls the model made in a logged response or output messages (OpenAI tool_calls, OpenTelemetry tool_call
     * parts, Anthropic tool_use blocks, Responses function_call items); null when the response was not logged or has
     * no recognisable structure.
     */
    static Long toolCalls(JsonNode output) {
        if (output == null || output.isNull() || output.isMissingNode() || output.isEmpty()) {
            return null;
        }
        long n = count(output, 0);
        return n < 0 ? null : n;
    }

    /** -1 when nothing recognisable was found. */
    private static long count(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || node == null) {
            return -1;
        }
        if (node.isArray()) {
            long total = -1;
            for (JsonNode element : node) {
                long n = count(element, depth + 1);
                if (n >= 0) {
                    total = Math.max(total, 0) + n;
                }
            }
            return total;
        }
        if (!node.isObject()) {
            return -1;
        }
        if (node.path("tool_calls").isArray()) {
            return node.get("tool_calls").size();
        }
        if (node.path("function_call").isObject()) {
            return 1;
        }
        if (TOOL_CALL_TYPES.contains(node.path("type").asText(""))) {
            return 1;
        }
        long total = -1;
        for (String key : List.of("choices", "message", "content", "parts", "output")) {
            if (node.has(key)) {
                long n = count(node.get(key), depth + 1);
                total = Math.max(total, 0) + Math.max(n, 0);
            }
        }
        if (total < 0 && (node.has("role") || node.has("type"))) {
            return 0;
        }
        return total;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
