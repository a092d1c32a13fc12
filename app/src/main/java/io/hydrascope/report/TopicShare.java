package io.hydrascope.report;

/** One topic's share of a cluster's interactions, with how many of them elicited chain-of-thought. */
public record TopicShare(String topic, long interactions, double share, long chainOfThought) {
}
