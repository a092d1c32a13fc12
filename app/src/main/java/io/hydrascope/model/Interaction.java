package io.hydrascope.model;

/**
 * One logged API exchange in canonical form. {@code timestampMicros} is microseconds since the Unix epoch (UTC).
 * Optional fields are {@code null} when the source left them empty.
 */
public record Interaction(
        String requestId,
        long timestampMicros,
        String accountId,
        String ip,
        String userAgent,
        String model,
        String conversationId,
        Integer turn,
        Long inputTokens,
        Long outputTokens,
        String toolCalls,
        String status,
        String prompt) {

    /** The native column names, in the order Hydrascope writes them. */
    public static final java.util.List<String> NATIVE_COLUMNS = java.util.List.of(
            "request_id", "timestamp", "account_id", "ip", "user_agent", "model", "conversation_id", "turn",
            "input_tokens", "output_tokens", "tool_calls", "status", "prompt");
}
