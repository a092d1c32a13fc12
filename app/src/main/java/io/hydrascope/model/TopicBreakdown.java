package io.hydrascope.model;

import java.util.List;

/**
 * Topic shares of a scope against a baseline, with the chain-of-thought rate of each.
 *
 * @param topics largest first
 * @param interactions classified interactions in the scope
 * @param chainOfThought how many of them ask for chain-of-thought
 * @param baselineInteractions classified interactions in the baseline
 * @param baselineChainOfThought how many of those ask for chain-of-thought
 */
public record TopicBreakdown(List<TopicStat> topics, long interactions, long chainOfThought,
                             long baselineInteractions, long baselineChainOfThought) {
    public static final TopicBreakdown EMPTY = new TopicBreakdown(List.of(), 0, 0, 0, 0);

    public TopicBreakdown {
        topics = List.copyOf(topics);
    }

    public double chainOfThoughtRate() {
        return interactions == 0 ? 0 : (double) chainOfThought / interactions;
    }

    public double baselineChainOfThoughtRate() {
        return baselineInteractions == 0 ? 0 : (double) baselineChainOfThought / baselineInteractions;
    }
}
