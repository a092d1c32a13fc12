package io.hydrascope.model;

/**
 * One full-text search match. {@code snippet} marks matched terms with {@link #MATCH_START} and {@link #MATCH_END}
 * (control characters that cannot occur in escaped output), so each face can highlight them after escaping.
 */
public record PromptHit(long interactionId, String requestId, String accountId, long timestampMicros,
                        String snippet) {
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';
}
