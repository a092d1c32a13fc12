package io.hydrascope.analysis.graph;

import java.util.List;

/**
 * A laid-out picture of a set of accounts and the infrastructure and behaviour that links them. Large sets are
 * capped: {@code note} says what was left out and how the shown part was chosen (empty when nothing was).
 * {@code members} lists every account of the set, shown or not, best-connected first, for a table beside the picture.
 */
public record ClusterGraph(List<GraphNode> nodes, List<GraphEdge> edges, int totalAccounts, int shownAccounts,
                           int totalKeys, int shownKeys, String note, List<Member> members) {
    public static final ClusterGraph EMPTY = new ClusterGraph(List.of(), List.of(), 0, 0, 0, 0, "", List.of());

    /** One account of the set: its result and how many keys it shares with other accounts of the set. */
    public record Member(String accountId, double risk, boolean flagged, int sharedKeys, long interactions,
                         boolean shown) {
    }

    public ClusterGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        members = List.copyOf(members);
    }

    /** A picture without its member list (for reports, which list accounts elsewhere). */
    public ClusterGraph(List<GraphNode> nodes, List<GraphEdge> edges, int totalAccounts, int shownAccounts,
                        int totalKeys, int shownKeys, String note) {
        this(nodes, edges, totalAccounts, shownAccounts, totalKeys, shownKeys, note, List.of());
    }

    public boolean isCapped() {
        return shownAccounts < totalAccounts || shownKeys < totalKeys;
    }
}
