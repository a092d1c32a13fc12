package io.hydrascope.model;

/**
 * The topic an analysis gave one interaction.
 *
 * @param topic the topic id
 * @param chainOfThought whether the prompt asks for step-by-step reasoning
 * @param confidence the model's confidence in the prompt's own topic, in [0, 1]; null for results of older versions
 * @param inherited whether the topic was taken from the conversation's first turn (a follow-up without a task of its
 *     own, such as tool output or "continue")
 */
public record InteractionTopic(String topic, boolean chainOfThought, Double confidence, boolean inherited) {
    /** Below this confidence a topic is shown as uncertain. */
    public static final double LOW_CONFIDENCE = 0.5;

    public boolean lowConfidence() {
        return confidence != null && confidence < LOW_CONFIDENCE && !inherited;
    }

    /** {@code coding}, {@code coding (uncertain)} or {@code agentic (from turn 1)}, for a table cell. */
    public String label() {
        return topic + (inherited ? " (from turn 1)" : lowConfidence() ? " (uncertain)" : "");
    }
}
