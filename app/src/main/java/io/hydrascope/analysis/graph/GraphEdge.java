package io.hydrascope.analysis.graph;

/** An account holding a shared key, with the key's evidence weight and how often the account used it. */
public record GraphEdge(String accountNode, String keyNode, double weight, long uses) {
}
