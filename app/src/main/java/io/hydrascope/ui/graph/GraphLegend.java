package io.hydrascope.ui.graph;

import io.hydrascope.ui.core.Styles;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/** Names what the shapes and colours of the graph mean, for the kinds the current picture holds. */
final class GraphLegend extends FlowPane {
    GraphLegend() {
        setId("graph-legend");
        setHgap(14);
        setVgap(2);
        getStyleClass().add(Styles.LEGEND);
    }

    void show(GraphScene scene) {
        getChildren().clear();
        if (scene == null || scene.isEmpty()) {
            return;
        }
        if (scene.mode() == GraphMode.OVERVIEW) {
            for (double risk : new double[] {0, NodeKinds.RISK_FULL / 2, NodeKinds.RISK_FULL}) {
                int[] rgb = NodeKinds.riskRgb(risk);
                entry(new Circle(6, Color.rgb(rgb[0], rgb[1], rgb[2])), risk == 0 ? "risk 0"
                        : String.format(java.util.Locale.ROOT, "risk %s%.1f", risk == NodeKinds.RISK_FULL ? "≥ " : "",
                        risk));
            }
            note("node size: accounts · line: shared keys (thicker: more)");
            return;
        }
        entry(new Circle(5, Color.web(NodeKinds.FLAGGED_COLOUR)), "flagged account");
        entry(new Circle(5, Color.web(NodeKinds.ACCOUNT_COLOUR)), "other account");
        Set<String> kinds = scene.nodes().stream().map(GraphScene.Node::kind).collect(Collectors.toSet());
        for (String kind : NodeKinds.KEY_COLOURS.keySet()) {
            if (kinds.contains(kind)) {
                Color c = Color.web(NodeKinds.keyColour(kind));
                Node shape = NodeKinds.BEHAVIOUR.contains(kind) ? new Polygon(6, 0, 12, 6, 6, 12, 0, 6)
                        : new Rectangle(10, 10);
                ((javafx.scene.shape.Shape) shape).setFill(c);
                Line line = new Line(0, 0, 14, 0);
                line.setStroke(c);
                entry(new javafx.scene.layout.HBox(2, shape, line), NodeKinds.displayName(kind));
            }
        }
        note("square: infrastructure · diamond: behaviour");
    }

    private void entry(Node symbol, String text) {
        Label label = new Label(text, symbol);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
    }

    private void note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
    }
}
