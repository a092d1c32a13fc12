package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
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
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The outline of a selected node drawn over the picture: one path for its edges, one for its neighbours' rings,
 * a ring for the node and the names (at most {@link #MAX_NEAR_LABELS} neighbours, none covering another), a handful
 * of shapes whatever the degree. FX thread only.
 */
final class GraphHighlight {
    static final int MAX_NEAR_LABELS = 30;
    /** The overlay's label fonts and side padding, as workbench.css sets them. */
    static final Font LABEL_FONT = Font.font(11);
    static final Font NAME_FONT = Font.font(null, FontWeight.BOLD, 11);
    static final double PADDING = 3;

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
        shapes.addAll(names(scene, centre, near, v));
        return shapes;
    }

    /**
     * The selected node's name and its neighbours' names, placed so that none covers another, a label of the
     * picture, or a ringed node; the selected name first, then the nearest neighbours. A neighbour whose name finds
     * no free spot goes unnamed (hovering names it).
     */
    private static List<Label> names(GraphScene scene, GraphScene.Node centre, List<GraphScene.Node> near,
                                     GraphViewport v) {
        GraphLabelPlacer placer = new GraphLabelPlacer(v.width(), v.height());
        List<GraphScene.Node> pictured = new ArrayList<>();
        GraphLabelPlacer.Spot centreSpot = null;
        for (GraphPainter.PictureLabel l : GraphPainter.pictureLabels(scene, v)) {
            placer.block(l.spot());
            pictured.add(l.node());
            if (l.node().equals(centre)) {
                centreSpot = l.spot();
            }
        }
        placer.blockNode(v.toX(centre.x()), v.toY(centre.y()), centre.size() / 2 + 4);
        near.forEach(n -> placer.blockNode(v.toX(n.x()), v.toY(n.y()), n.size() / 2 + 2.5));
        List<Label> out = new ArrayList<>();
        if (centreSpot != null) { // named in the picture already: the bold name goes over that label
            Label bold = new Label(centre.label());
            bold.getStyleClass().add("graph-highlight-name");
            bold.relocate(centreSpot.x(), centreSpot.y());
            out.add(bold);
        } else {
            out.add(name(centre, v, placer, NAME_FONT, "graph-highlight-name", true));
        }
        double cx = v.toX(centre.x());
        double cy = v.toY(centre.y());
        near.stream().distinct().filter(n -> !pictured.contains(n)) // the picture already names these
                .sorted(Comparator.comparingDouble(n -> Math.hypot(v.toX(n.x()) - cx, v.toY(n.y()) - cy)))
                .limit(MAX_NEAR_LABELS)
                .map(n -> name(n, v, placer, LABEL_FONT, "graph-highlight-label", false))
                .filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    private static Label name(GraphScene.Node n, GraphViewport v, GraphLabelPlacer placer, Font font,
                              String styleClass, boolean always) {
        Text measure = new Text(n.label());
        measure.setFont(font);
        double w = Math.ceil(measure.getLayoutBounds().getWidth()) + 2 * PADDING + 2;
        double h = Math.ceil(measure.getLayoutBounds().getHeight());
        double x = v.toX(n.x());
        double y = v.toY(n.y());
        GraphLabelPlacer.Spot spot = placer.place(x, y, n.size() / 2 + 4, w, h);
        if (spot == null && !always) {
            return null;
        }
        if (spot == null) {
            spot = GraphLabelPlacer.beside(x, y, n.size() / 2 + 4, w, h);
        }
        Label label = new Label(n.label());
        label.getStyleClass().add(styleClass);
        label.relocate(spot.x(), spot.y());
        return label;
    }
}
