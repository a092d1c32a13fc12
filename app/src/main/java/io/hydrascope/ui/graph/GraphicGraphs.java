package io.hydrascope.ui.graph;

import io.hydrascope.model.CancellationToken;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.ui.graphicGraph.GraphicGraph;

/**
 * Builds GraphStream's graphic graph (what its viewer draws) from a scene, with every node at its settled position
 * and styled by class. Runs on the reader thread that laid the scene out: the style groups are resolved here, so the
 * FX thread only creates the view and paints. After it is handed to the viewer, the graph belongs to the FX thread.
 */
final class GraphicGraphs {
    private static final AtomicLong IDS = new AtomicLong();

    private GraphicGraphs() {
    }

    static GraphicGraph build(GraphScene scene, CancellationToken cancel) {
        GraphicGraph graph = new GraphicGraph("hydrascope-graph-" + IDS.incrementAndGet());
        graph.setAttribute("ui.stylesheet", stylesheet());
        // no "ui.antialias": with software rendering, anti-aliased lines made each repaint of a few thousand edges
        // take seconds on the renderer thread, which the FX thread waits for
        int i = 0;
        for (GraphScene.Node n : scene.nodes()) {
            Node node = graph.addNode(n.id());
            // the layout's y grows downwards, GraphStream's upwards: flip so the window matches exported pictures
            node.setAttribute("xyz", n.x(), 1 - n.y(), 0.0);
            node.setAttribute("ui.size", n.size());
            node.setAttribute("ui.class", nodeClass(n));
            if (n.isCluster()) {
                node.setAttribute("ui.color", (float) NodeKinds.riskShade(n.risk())); // the renderer casts it to Float
            }
            node.setAttribute("ui.label", n.label());
            if ((++i & 255) == 0) {
                cancel.throwIfCancelled();
            }
        }
        int e = 0;
        for (GraphScene.Edge edge : scene.edges()) {
            Edge added = graph.addEdge(edgeId(e++), edge.from(), edge.to(), false);
            added.setAttribute("ui.class", edgeClass(edge));
            added.setAttribute("ui.size", edge.width());
        }
        return graph;
    }

    static String edgeId(int index) {
        return "e" + index;
    }

    /** The node's style class. */
    static String nodeClass(GraphScene.Node n) {
        if (n.isCluster()) {
            return n.labelled() ? "named" : NodeKinds.CLUSTER;
        }
        return n.isAccount() ? (n.flagged() ? "flagged" : "account") : cssName(n.kind());
    }

    static String edgeClass(GraphScene.Edge e) {
        return e.kind().equals(NodeKinds.CLUSTER) ? "between" : cssName(e.kind());
    }

    private static String cssName(String kind) {
        return NodeKinds.KEY_COLOURS.containsKey(kind) ? kind : "key";
    }

    static String stylesheet() {
        StringBuilder css = new StringBuilder();
        css.append("graph { padding: 40px; fill-color: white; }\n");
        css.append("node { size-mode: dyn-size; size: 8px; stroke-mode: none; text-mode: hidden; text-size: 11; "
                + "text-alignment: at-right; text-offset: 3px, 0px; text-color: #222222; "
                + "text-background-mode: rounded-box; text-background-color: rgba(255,255,255,210); "
                + "text-padding: 2px; fill-color: #555555; }\n");
        css.append("node.cluster { fill-mode: dyn-plain; fill-color: ").append(String.join(", ", NodeKinds.RISK_RAMP))
                .append("; stroke-mode: plain; stroke-color: #ffffff; stroke-width: 1px; }\n");
        css.append("node.named { fill-mode: dyn-plain; fill-color: ").append(String.join(", ", NodeKinds.RISK_RAMP))
                .append("; stroke-mode: plain; stroke-color: #ffffff; stroke-width: 1px; text-mode: normal; }\n");
        css.append("node.account { fill-color: ").append(NodeKinds.ACCOUNT_COLOUR).append("; }\n");
        css.append("node.flagged { fill-color: ").append(NodeKinds.FLAGGED_COLOUR).append("; }\n");
        css.append("node.key { shape: box; }\n");
        for (Map.Entry<String, String> k : NodeKinds.KEY_COLOURS.entrySet()) {
            String shape = NodeKinds.BEHAVIOUR.contains(k.getKey()) ? "diamond" : "box";
            css.append(String.format(Locale.ROOT, "node.%s { shape: %s; fill-color: %s; }%n",
                    k.getKey(), shape, k.getValue()));
            css.append(String.format(Locale.ROOT, "edge.%s { fill-color: %s; }%n", k.getKey(),
                    rgba(k.getValue(), 110)));
        }
        css.append("edge { size-mode: dyn-size; size: 1px; fill-color: rgba(128,136,144,110); }\n");
        css.append("edge.between { fill-color: rgba(110,118,126,140); }\n");
        return css.toString();
    }

    private static String rgba(String hex, int alpha) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%d)", (v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, alpha);
    }
}
