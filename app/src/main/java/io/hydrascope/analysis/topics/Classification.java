package io.hydrascope.analysis.topics;

import java.util.Locale;

/**
 * The result of classifying one prompt: its topic with the model's confidence (the topic's share of the normalised
 * one-against-the-rest probabilities), and the chain-of-thought flag with its probability. Immutable.
 *
 * @param topic the most probable topic
 * @param confidence in (0, 1]
 * @param chainOfThought whether the prompt asks for step-by-step reasoning: a feature of the traffic, not an
 *     accusation
 * @param chainOfThoughtProbability in [0, 1]
 */
public record Classification(Topic topic, double confidence, boolean chainOfThought,
                             double chainOfThoughtProbability) {
    /** Below this confidence a topic is shown as uncertain rather than stated. */
    public static final double LOW_CONFIDENCE = 0.5;

    public boolean lowConfidence() {
        return confidence < LOW_CONFIDENCE;
    }

    /** {@code coding 0.93}, with {@code (uncertain)} below {@link #LOW_CONFIDENCE}. */
    public String label() {
        return String.format(Locale.ROOT, "%s %.2f%s", topic, confidence, lowConfidence() ? " (uncertain)" : "");
    }
}
