package io.hydrascope.ui.graph;

import java.util.List;

/**
 * What the graph page draws, toolkit-free: nodes at fixed, settled positions (normalised to [0, 1]) and the edges
 * between them, with sanitised labels and hover details. Built on a reader thread from an engine picture.
 *
 * @param title what the page header says (sanitised)
 * @param note what was left out and why (empty when nothing was)
 * @param summary counts of what is drawn, for the status line
 */
public record GraphScene(GraphMode mode, String title, List<Node> nodes, List<Edge> edges, String note,
                         String summary) {
    public static final GraphScene EMPTY = new GraphScene(GraphMode.OVERVIEW, "", List.of(), List.of(), "", "");

    public GraphScene {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * One node.
     *
     * @param kind {@link NodeKinds#CLUSTER}, {@link NodeKinds#ACCOUNT} or a link key kind (ip, subnet, payment...)
     * @param target the cluster id or account id a click selects; null for key nodes
     * @param size drawing size in pixels
     * @param risk in [0, 1]; used for colour on cluster nodes
     * @param labelled whether the label is drawn without hovering or selecting (a few important nodes)
     */
    public record Node(String id, String kind, String label, String detail, double x, double y, double size,
                       double risk, boolean flagged, String target, boolean labelled) {
        public boolean isAccount() {
            return NodeKinds.ACCOUNT.equals(kind);
        }

        public boolean isCluster() {
            return NodeKinds.CLUSTER.equals(kind);
        }
    }

    /** One edge; {@code kind} is the key kind for account–key edges and {@link NodeKinds#CLUSTER} between clusters. */
    public record Edge(String from, String to, String kind, double width, String detail) {
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
