package io.hydrascope.model;

/**
 * One prompt in a list (a topic's prompts, a template family's examples, a search hit): who sent it when, with the
 * analysis's topic, and the start of its text. Every text field comes from the logs: render it as plain text.
 *
 * @param preview the prompt's first characters (the full text is read on demand)
 * @param promptLength length of the full prompt in characters
 */
public record PromptRow(long interactionId, String requestId, String accountId, long timestampMicros, String model,
                        String topic, boolean chainOfThought, String preview, int promptLength) {
}
