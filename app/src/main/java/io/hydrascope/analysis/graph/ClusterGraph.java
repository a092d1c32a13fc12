package io.hydrascope.analysis.graph;

import java.util.List;

/**
 * A laid-out picture of a set of accounts and the infrastructure and behaviour that links them. Large sets are
 * capped: {@code note} says what was left out and how the shown part was chosen (empty when nothing was).
 */
public record ClusterGraph(List<GraphNode> nodes, List<GraphEdge> edges, int totalAccounts, int shownAccounts,
                           int totalKeys, int shownKeys, String note) {
    public static final ClusterGraph EMPTY = new ClusterGraph(List.of(), List.of(), 0, 0, 0, 0, "");

    public boolean isCapped() {
        return shownAccounts < totalAccounts || shownKeys < totalKeys;
    }
}
