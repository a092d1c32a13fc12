package io.hydrascope.analysis.topics;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A classification with the parts of the prompt that decided it: the words, phrases, characters and structure that
 * pushed the chosen topic ahead of the runner-up, and those that raised the chain-of-thought flag. Immutable.
 *
 * @param classification the topic, confidence and flag
 * @param topicEvidence strongest first
 * @param chainOfThoughtEvidence strongest first; empty unless the flag is raised
 */
public record Explanation(Classification classification, List<Evidence> topicEvidence,
                          List<Evidence> chainOfThoughtEvidence) {
    /**
     * One piece of evidence.
     *
     * @param text a passage of the prompt ({@code LRU cache}), or the name of a structural feature ({@code code block})
     * @param fromPrompt whether {@code text} is quoted from the prompt (attacker-controlled: escape it when rendered)
     */
    public record Evidence(String text, boolean fromPrompt) {
        @Override
        public String toString() {
            return fromPrompt ? "`" + text.replace('`', '\'') + "`" : text;
        }
    }

    public Explanation {
        topicEvidence = List.copyOf(topicEvidence);
        chainOfThoughtEvidence = List.copyOf(chainOfThoughtEvidence);
    }

    /**
     * One line for an analyst, e.g. {@code coding 0.93: `implement`, `LRU cache`, code block; chain-of-thought 0.88:
     * `step by step`}. Passages of the prompt are in backticks; structure is named plainly.
     */
    public String summary() {
        Classification c = classification;
        StringBuilder sb = new StringBuilder(c.label());
        if (!topicEvidence.isEmpty()) {
            sb.append(": ").append(join(topicEvidence));
        }
        if (c.chainOfThought()) {
            sb.append(String.format(Locale.ROOT, "; chain-of-thought %.2f", c.chainOfThoughtProbability()));
            if (!chainOfThoughtEvidence.isEmpty()) {
                sb.append(": ").append(join(chainOfThoughtEvidence));
            }
        }
        return sb.toString();
    }

    private static String join(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::toString).collect(Collectors.joining(", "));
    }
}
