package io.hydrascope.model;

/**
 * One interaction as listed in a table: the prompt cut to a preview ({@code promptLength} is the full length; the
 * full text is fetched on demand). {@code flags} holds the import flags (bit 1: repaired encoding);
 * {@code requestId} is the id analysts see and bookmarks use.
 */
public record InteractionRow(
        long id,
        long timestampMicros,
        String accountId,
        String ip,
        String userAgent,
        String model,
        String conversationId,
        Integer turn,
        Long inputTokens,
        Long outputTokens,
        String promptPreview,
        int promptLength,
        int flags,
        String requestId) {
}
