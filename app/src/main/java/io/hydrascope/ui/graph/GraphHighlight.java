package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * The outline of a selected node drawn over the picture: one path for its edges, one for its neighbours' rings,
 * a ring for the node and the names (at most {@link #MAX_NEAR_LABELS} neighbours), a handful of shapes whatever the
 * degree. FX thread only.
 */
final class GraphHighlight {
    static final int MAX_NEAR_LABELS = 30;

    private GraphHighlight() {
    }

    /** The shapes for {@code selected}, whose edges are the scene's edges at {@code edgeIndexes}. */
    static List<Node> shapes(GraphScene scene, Map<String, GraphScene.Node> nodes, List<Integer> edgeIndexes,
                             String selected, GraphViewport v) {
        GraphScene.Node centre = nodes.get(selected);
        double cx = v.toX(centre.x());
        double cy = v.toY(centre.y());
        Path edges = new Path();
        edges.getStyleClass().add("graph-highlight-edge");
        Path rings = new Path();
        rings.getStyleClass().add("graph-highlight-near");
        List<GraphScene.Node> near = new ArrayList<>();
        for (int i : edgeIndexes) {
            GraphScene.Edge e = scene.edges().get(i);
            GraphScene.Node other = nodes.get(e.from().equals(selected) ? e.to() : e.from());
            double x = v.toX(other.x());
            double y = v.toY(other.y());
            double r = other.size() / 2 + 2.5;
            edges.getElements().addAll(new MoveTo(cx, cy), new LineTo(x, y));
            rings.getElements().addAll(new MoveTo(x + r, y), new ArcTo(r, r, 0, x - r, y, false, true),
                    new ArcTo(r, r, 0, x + r, y, false, true), new ClosePath());
            near.add(other);
        }
        Circle ring = new Circle(cx, cy, centre.size() / 2 + 4);
        ring.getStyleClass().add("graph-highlight-selected");
        List<Node> shapes = new ArrayList<>(List.of(edges, rings, ring));
        near.stream().distinct().filter(n -> !n.labelled()) // the picture already names labelled nodes
                .limit(MAX_NEAR_LABELS).forEach(n -> shapes.add(name(n, v, "graph-highlight-label")));
        shapes.add(name(centre, v, "graph-highlight-name"));
        return shapes;
    }

    private static Label name(GraphScene.Node n, GraphViewport v, String styleClass) {
        Label label = new Label(n.label());
        label.getStyleClass().add(styleClass);
        label.relocate(v.toX(n.x()) + n.size() / 2 + 6, v.toY(n.y()) - 9);
        return label;
    }
}
