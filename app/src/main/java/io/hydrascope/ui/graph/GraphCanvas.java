package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.graphstream.graph.Edge;
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
 * details, a click or double-click reports the node, the wheel zooms and dragging pans. Highlighting the selection
 * changes the style class of the few nodes and edges around it, so the viewer repaints once. Measures how long the
 * first frame took after the prepared graph arrived. FX thread only.
 */
final class GraphCanvas extends StackPane {
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
    private final List<String> highlighted = new ArrayList<>();
    private final List<Integer> hotEdges = new ArrayList<>();
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
        overlay.getChildren().add(hover);
        setMinSize(200, 200);
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
            if (panel != null && panel.getWidth() > 0) {
                firstFrameMillis.set((System.nanoTime() - start) / 1_000_000);
            }
            if (getScene() != null) {
                getScene().removePostLayoutPulseListener(once[0]);
            }
        };
        if (getScene() != null) {
            getScene().addPostLayoutPulseListener(once[0]);
        }
    }

    /** Outlines the node with this id and its neighbours and their edges; null clears the highlight. */
    void highlight(String nodeId) {
        if (graph == null) {
            return;
        }
        for (String id : highlighted) {
            setNodeClass(id, null);
        }
        for (int i : hotEdges) {
            setEdgeClass(i, false);
        }
        highlighted.clear();
        hotEdges.clear();
        if (nodeId == null || !nodes.containsKey(nodeId)) {
            return;
        }
        Set<String> near = new HashSet<>();
        for (int i : edgesAt.getOrDefault(nodeId, List.of())) {
            GraphScene.Edge e = scene.edges().get(i);
            near.add(e.from().equals(nodeId) ? e.to() : e.from());
            setEdgeClass(i, true);
            hotEdges.add(i);
        }
        for (String id : near) {
            setNodeClass(id, "near");
            highlighted.add(id);
        }
        setNodeClass(nodeId, "selected");
        highlighted.add(nodeId);
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
        }
    }

    /** Stops the viewer's timer and drops the graph. */
    void close() {
        hover.setVisible(false);
        highlighted.clear();
        hotEdges.clear();
        if (viewer != null) {
            viewer.close();
            getChildren().remove(panel);
        }
        viewer = null;
        panel = null;
        graph = null;
    }

    private void setNodeClass(String id, String highlight) {
        GraphScene.Node n = nodes.get(id);
        Node node = graph.getNode(id);
        if (n != null && node != null) {
            node.setAttribute("ui.class", GraphicGraphs.nodeClass(n, highlight));
        }
    }

    private void setEdgeClass(int index, boolean hot) {
        Edge edge = graph.getEdge(GraphicGraphs.edgeId(index));
        if (edge != null) {
            edge.setAttribute("ui.class", GraphicGraphs.edgeClass(scene.edges().get(index), hot));
        }
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
    }

    private void zoom(ScrollEvent e) {
        if (panel == null || e.getDeltaY() == 0) {
            return;
        }
        Camera camera = panel.getCamera();
        double percent = camera.getViewPercent() * (e.getDeltaY() > 0 ? 0.8 : 1.25);
        camera.setViewPercent(Math.max(0.05, Math.min(1.5, percent)));
        e.consume();
    }
}
