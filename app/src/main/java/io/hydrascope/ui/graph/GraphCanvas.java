package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.graphstream.graph.Node;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * Shows one prepared graph in GraphStream's JavaFX viewer at its settled positions: hover shows a node's or edge's
 * details, a click or double-click reports the node, the wheel zooms and dragging pans. The selection and its
 * neighbours are outlined by shapes over the viewer, so selecting never makes the viewer repaint. Measures how long
 * the first frame took after the prepared graph arrived. FX thread only.
 */
final class GraphCanvas extends StackPane {
    private static final int MAX_NEAR_LABELS = 30;
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final ReadOnlyLongWrapper firstFrameMillis = new ReadOnlyLongWrapper(this, "firstFrameMillis", -1);
    private final Consumer<GraphScene.Node> onClick;
    private final Consumer<GraphScene.Node> onDoubleClick;
    private SettledViewer viewer;
    private FxViewPanel panel;
    private GraphicGraph graph;
    private GraphScene scene = GraphScene.EMPTY;
    private final Map<String, GraphScene.Node> nodes = new HashMap<>();
    private final Map<String, List<Integer>> edgesAt = new HashMap<>();
    private final Pane highlightLayer = new Pane();
    private String selected;
    /** The viewer applies zoom, pan and size when it next paints; the highlight follows a moment later. */
    private final PauseTransition follow = new PauseTransition(Duration.millis(120));
    private Point2D dragFrom;
    private boolean dragged;

    GraphCanvas(Consumer<GraphScene.Node> onClick, Consumer<GraphScene.Node> onDoubleClick) {
        this.onClick = onClick;
        this.onDoubleClick = onDoubleClick;
        setId("graph-canvas");
        getStyleClass().add("graph-canvas");
        hover.getStyleClass().add("graph-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(420);
        overlay.setMouseTransparent(true);
        highlightLayer.setMouseTransparent(true);
        highlightLayer.setManaged(false);
        overlay.getChildren().addAll(highlightLayer, hover);
        setMinSize(200, 200);
        follow.setOnFinished(e -> drawHighlight());
        widthProperty().addListener((o, a, b) -> follow.playFromStart());
        heightProperty().addListener((o, a, b) -> follow.playFromStart());
        getChildren().add(overlay);
    }

    /** Replaces the graph; {@code prepared} is the graphic graph built off the FX thread for {@code next}. */
    void show(GraphScene next, Object prepared) {
        long start = System.nanoTime();
        close();
        scene = next == null ? GraphScene.EMPTY : next;
        nodes.clear();
        edgesAt.clear();
        scene.nodes().forEach(n -> nodes.put(n.id(), n));
        for (int i = 0; i < scene.edges().size(); i++) {
            GraphScene.Edge e = scene.edges().get(i);
            edgesAt.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(i);
            edgesAt.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(i);
        }
        if (!(prepared instanceof GraphicGraph prepGraph) || scene.isEmpty()) {
            return;
        }
        graph = prepGraph;
        viewer = new SettledViewer(graph);
        viewer.disableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false, new FxGraphRenderer());
        panel.setMouseManager(new SettledViewer.NoMouse());
        panel.setId("graph-view");
        panel.setAccessibleText(scene.title());
        panel.addEventHandler(MouseEvent.MOUSE_MOVED, this::hoverAt);
        panel.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        panel.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = new Point2D(e.getX(), e.getY());
            dragged = false;
        });
        panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        panel.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        panel.addEventHandler(ScrollEvent.SCROLL, this::zoom);
        getChildren().add(0, panel);
        firstFrameMillis.set(-1);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (panel == null || panel.getWidth() > 0) { // not painted while the page is hidden or not sized yet
                if (panel != null) {
                    firstFrameMillis.set((System.nanoTime() - start) / 1_000_000);
                    drawHighlight();
                }
                if (getScene() != null) {
                    getScene().removePostLayoutPulseListener(once[0]);
                }
            }
        };
        if (getScene() != null) {
            getScene().addPostLayoutPulseListener(once[0]);
        }
    }

    /**
     * Outlines the node with this id, its neighbours and their edges, and names them; null clears the highlight.
     * The outline is drawn by JavaFX shapes over the viewer rather than by restyling the graph: the viewer then
     * does not repaint its thousands of elements, and a selection costs a few shapes.
     */
    void highlight(String nodeId) {
        selected = nodeId != null && nodes.containsKey(nodeId) ? nodeId : null;
        drawHighlight();
    }

    private void drawHighlight() {
        highlightLayer.getChildren().clear();
        if (selected == null || graph == null) {
            return;
        }
        Point2D centre = positionOf(selected);
        if (centre == null) {
            return;
        }
        List<String> near = new ArrayList<>();
        for (int i : edgesAt.getOrDefault(selected, List.of())) {
            GraphScene.Edge e = scene.edges().get(i);
            String other = e.from().equals(selected) ? e.to() : e.from();
            Point2D p = positionOf(other);
            if (p != null) {
                Line line = new Line(centre.getX(), centre.getY(), p.getX(), p.getY());
                line.getStyleClass().add("graph-highlight-edge");
                highlightLayer.getChildren().add(line);
                near.add(other);
            }
        }
        int labels = 0;
        for (String id : near) {
            ring(id, false);
            if (labels++ < MAX_NEAR_LABELS) {
                name(id, false);
            }
        }
        ring(selected, true);
        name(selected, true);
    }

    private void ring(String id, boolean selectedRing) {
        Point2D p = positionOf(id);
        GraphScene.Node n = nodes.get(id);
        Circle ring = new Circle(p.getX(), p.getY(), n.size() / 2 + (selectedRing ? 4 : 2.5));
        ring.getStyleClass().add(selectedRing ? "graph-highlight-selected" : "graph-highlight-near");
        highlightLayer.getChildren().add(ring);
    }

    private void name(String id, boolean selectedName) {
        Point2D p = positionOf(id);
        GraphScene.Node n = nodes.get(id);
        if (n.labelled() && !selectedName) {
            return; // the viewer already names it
        }
        Label label = new Label(n.label());
        label.getStyleClass().add(selectedName ? "graph-highlight-name" : "graph-highlight-label");
        label.relocate(p.getX() + n.size() / 2 + 6, p.getY() - 9);
        highlightLayer.getChildren().add(label);
    }

    /** Where a node is drawn, in this canvas's coordinates (for tests and the hover box), or null. */
    Point2D positionOf(String nodeId) {
        Node node = graph == null ? null : graph.getNode(nodeId);
        if (node == null || panel == null) {
            return null;
        }
        GraphicElement element = (GraphicElement) node;
        Point3 px = panel.getCamera().transformGuToPx(element.getX(), element.getY(), 0);
        return panel.localToParent(px.x, px.y);
    }

    ReadOnlyLongProperty firstFrameMillisProperty() {
        return firstFrameMillis.getReadOnlyProperty();
    }

    Label hoverLabel() {
        return hover;
    }

    boolean hasGraph() {
        return panel != null;
    }

    /** Resets zoom and pan so the whole graph shows. */
    void fit() {
        if (panel != null) {
            panel.getCamera().resetView();
            follow.playFromStart();
        }
    }

    /** Stops the viewer's timer and drops the graph. */
    void close() {
        hover.setVisible(false);
        highlightLayer.getChildren().clear();
        if (viewer != null) {
            viewer.close();
            getChildren().remove(panel);
        }
        viewer = null;
        panel = null;
        graph = null;
    }

    private GraphScene.Node nodeAt(double x, double y) {
        GraphicElement element = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), x, y);
        return element == null ? null : nodes.get(element.getId());
    }

    private void hoverAt(MouseEvent e) {
        GraphScene.Node node = nodeAt(e.getX(), e.getY());
        String text = node != null ? node.detail() : edgeDetailAt(e.getX(), e.getY());
        if (text == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.setVisible(true);
        hover.autosize();
        double x = Math.min(e.getX() + 14, getWidth() - hover.getWidth() - 4);
        double y = e.getY() + 18 + hover.getHeight() > getHeight() ? e.getY() - hover.getHeight() - 8 : e.getY() + 18;
        hover.relocate(Math.max(4, x), Math.max(4, y));
    }

    private String edgeDetailAt(double x, double y) {
        GraphicElement element = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.EDGE), x, y);
        if (element == null || !element.getId().startsWith("e")) {
            return null;
        }
        int index = Integer.parseInt(element.getId().substring(1));
        return index < scene.edges().size() ? scene.edges().get(index).detail() : null;
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged) {
            return;
        }
        GraphScene.Node node = nodeAt(e.getX(), e.getY());
        if (e.getClickCount() >= 2) {
            onDoubleClick.accept(node);
        } else {
            onClick.accept(node);
        }
    }

    private void pan(MouseEvent e) {
        if (dragFrom == null || panel == null) {
            return;
        }
        Camera camera = panel.getCamera();
        Point3 from = camera.transformPxToGu(dragFrom.getX(), dragFrom.getY());
        Point3 to = camera.transformPxToGu(e.getX(), e.getY());
        Point3 centre = camera.getViewCenter();
        camera.setViewCenter(centre.x - (to.x - from.x), centre.y - (to.y - from.y), 0);
        dragFrom = new Point2D(e.getX(), e.getY());
        dragged = true;
        follow.playFromStart();
    }

    private void zoom(ScrollEvent e) {
        if (panel == null || e.getDeltaY() == 0) {
            return;
        }
        Camera camera = panel.getCamera();
        double percent = camera.getViewPercent() * (e.getDeltaY() > 0 ? 0.8 : 1.25);
        camera.setViewPercent(Math.max(0.05, Math.min(1.5, percent)));
        follow.playFromStart();
        e.consume();
    }
}
