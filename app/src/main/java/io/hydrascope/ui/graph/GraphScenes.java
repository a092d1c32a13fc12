package io.hydrascope.ui.graph;

import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.analysis.graph.ClusterOverview;
import io.hydrascope.analysis.graph.GraphEdge;
import io.hydrascope.analysis.graph.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the engine's laid-out pictures into {@link GraphScene}s: sizes, sanitised labels and hover details. */
final class GraphScenes {
    /** Overview labels drawn without hovering: flagged clusters and this many of the largest. */
    static final int LABELLED_CLUSTERS = 10;
    private GraphScenes() {
    }

    /** Every cluster at or above {@code minRisk}, sized by accounts, linked by shared keys. */
    static GraphScene overview(ClusterOverview overview, double minRisk) {
        int largest = overview.clusters().stream().mapToInt(ClusterOverview.ClusterNode::accounts).max().orElse(1);
        List<GraphScene.Node> nodes = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        int filtered = 0;
        java.util.Set<Long> named = new java.util.HashSet<>();
        overview.clusters().stream().sorted(java.util.Comparator.comparingInt(
                (ClusterOverview.ClusterNode c) -> -c.accounts())).limit(LABELLED_CLUSTERS)
                .forEach(c -> named.add(c.clusterId()));
        for (ClusterOverview.ClusterNode c : overview.clusters()) {
            if (c.risk() < minRisk) {
                filtered++;
                continue;
            }
            String label = GraphLabels.label(c.label());
            labels.put(c.clusterId(), label);
            String detail = String.format(Locale.ROOT, "Cluster %s%n%,d accounts · %,d interactions%nrisk %.2f%s",
                    label, c.accounts(), c.interactions(), c.risk(), c.flagged() ? " · flagged" : "");
            nodes.add(new GraphScene.Node(c.nodeId(), NodeKinds.CLUSTER, label, detail, c.x(), c.y(),
                    10 + 40 * Math.sqrt((double) c.accounts() / largest), c.risk(), c.flagged(),
                    Long.toString(c.clusterId()), c.flagged() || named.contains(c.clusterId())));
        }
        List<GraphScene.Edge> edges = new ArrayList<>();
        for (ClusterOverview.ClusterLink l : overview.links()) {
            String a = labels.get(l.fromCluster());
            String b = labels.get(l.toCluster());
            if (a == null || b == null) {
                continue;
            }
            String kinds = l.kinds().entrySet().stream().map(e -> NodeKinds.displayName(e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            edges.add(new GraphScene.Edge("c" + l.fromCluster(), "c" + l.toCluster(), NodeKinds.CLUSTER,
                    Math.min(6, 1 + Math.log(l.sharedKeys()) / Math.log(2)), String.format(Locale.ROOT,
                    "%s — %s%n%,d shared keys: %s%ne.g. %s", a, b, l.sharedKeys(), kinds,
                    GraphLabels.detail(l.example()))));
        }
        List<String> notes = new ArrayList<>();
        if (!overview.note().isEmpty()) {
            notes.add(overview.note());
        }
        if (filtered > 0) {
            notes.add(String.format(Locale.ROOT, "%,d clusters below risk %.2f hidden by the filter", filtered,
                    minRisk));
        }
        String summary = String.format(Locale.ROOT, "%,d clusters, %,d links", nodes.size(), edges.size());
        return new GraphScene(GraphMode.OVERVIEW, "All clusters of the latest analysis", nodes, edges,
                String.join("; ", notes), summary);
    }

    /** The accounts of one cluster and the keys linking them. */
    static GraphScene cluster(String title, ClusterGraph graph) {
        Map<String, Long> uses = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (GraphEdge e : graph.edges()) {
            uses.merge(e.keyNode(), e.uses(), Long::sum);
        }
        List<GraphScene.Node> nodes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            String label = n.isAccount() ? GraphLabels.label(n.label())
                    : GraphLabels.label(NodeKinds.displayName(n.kind()) + ": " + n.label());
            labels.put(n.id(), label);
            if (n.isAccount()) {
                nodes.add(new GraphScene.Node(n.id(), NodeKinds.ACCOUNT, label, String.format(Locale.ROOT,
                        "Account %s%nrisk %.2f%s%nshares %,d keys shown here", GraphLabels.detail(n.label()), n.risk(),
                        n.flagged() ? " · flagged" : "", n.degree()), n.x(), n.y(), 7 + 5 * Math.min(1, n.risk()),
                        n.risk(), n.flagged(), n.label(), false));
            } else {
                nodes.add(new GraphScene.Node(n.id(), n.kind(), label, String.format(Locale.ROOT,
                        "%s%n%s%nlinks %,d accounts here · %,d uses · weight %.2f", NodeKinds.displayName(n.kind()),
                        GraphLabels.detail(n.label()), n.degree(), uses.getOrDefault(n.id(), 0L), n.risk()), n.x(),
                        n.y(), 7 + Math.min(9, Math.sqrt(n.degree()) * 1.5), n.risk(), false, null, false));
            }
        }
        Map<String, String> kindOf = new HashMap<>();
        graph.nodes().forEach(n -> kindOf.put(n.id(), n.kind()));
        List<GraphScene.Edge> edges = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            edges.add(new GraphScene.Edge(e.accountNode(), e.keyNode(), kindOf.get(e.keyNode()), 1,
                    String.format(Locale.ROOT, "%s used %s%n%,d times", labels.get(e.accountNode()),
                            labels.get(e.keyNode()), e.uses())));
        }
        String summary = String.format(Locale.ROOT, "%,d accounts, %,d shared keys, %,d links", graph.shownAccounts(),
                graph.shownKeys(), edges.size());
        return new GraphScene(GraphMode.CLUSTER, GraphLabels.label(title), nodes, edges, graph.note(), summary);
    }
}
