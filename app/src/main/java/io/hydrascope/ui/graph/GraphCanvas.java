package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Shows one settled scene as a bitmap: {@link GraphPainter} renders it on this canvas's render thread and the FX
 * thread copies the pixels into an image with one {@code setPixels}. Zoom and pan move and scale the image at once
 * and render it anew in the background a moment later. Hover shows a node's or edge's details, a click or
 * double-click reports the node, and the selection and its neighbours are outlined by a few shapes over the image.
 * Measures how long the first frame took after the scene arrived. FX thread only, except the render task.
 */
final class GraphCanvas extends StackPane {
    private final Pane picture = new Pane();
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final Pane highlightLayer = new Pane();
    private final ReadOnlyLongWrapper firstFrameMillis = new ReadOnlyLongWrapper(this, "firstFrameMillis", -1);
    private final Consumer<GraphScene.Node> onClick;
    private final Consumer<GraphScene.Node> onDoubleClick;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "graph-render");
        t.setDaemon(true);
        return t;
    });
    /** The newest render asked for; older ones give up or are dropped. */
    private final AtomicLong generation = new AtomicLong();
    /** Renders again once zooming, panning or resizing has paused. */
    private final PauseTransition rerender = new PauseTransition(Duration.millis(150));
    private GraphScene scene = GraphScene.EMPTY;
    private final Map<String, GraphScene.Node> nodes = new HashMap<>();
    private final Map<String, List<Integer>> edgesAt = new HashMap<>();
    private GraphViewport viewport = GraphViewport.fit(0, 0);
    /** The viewport the image on show was rendered for (null: none on show). */
    private GraphViewport drawn;
    private WritableImage pixels;
    private String selected;
    private long shownAt;
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
        image.setManaged(false);
        image.setSmooth(false);
        image.setMouseTransparent(true); // the pane picks on its bounds; picking the image would test its pixels
        picture.setId("graph-view");
        picture.setPickOnBounds(true);
        picture.getChildren().add(image);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 200);
        rerender.setOnFinished(e -> render());
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        picture.addEventHandler(MouseEvent.MOUSE_MOVED, this::hoverAt);
        picture.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        picture.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = new Point2D(e.getX(), e.getY());
            dragged = false;
        });
        picture.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        picture.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        picture.addEventHandler(ScrollEvent.SCROLL, this::zoom);
        getChildren().addAll(picture, overlay);
    }

    /** Replaces the scene; {@code prepared} is unused (the bitmap depends on the window size, so it is made here). */
    void show(GraphScene next, Object prepared) {
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
        picture.setAccessibleText(scene.title());
        firstFrameMillis.set(-1);
        shownAt = System.nanoTime();
        viewport = GraphViewport.fit((int) getWidth(), (int) getHeight(), GraphViewport.Box.of(scene.nodes()));
        render();
    }

    /** Renders the scene for the current viewport on the render thread; the result replaces the image. */
    private void render() {
        rerender.stop();
        long ticket = generation.incrementAndGet();
        GraphScene what = scene;
        GraphViewport view = viewport;
        if (what.isEmpty() || view.width() <= 0 || view.height() <= 0) {
            return; // not shown or not sized yet: resizing renders
        }
        renderer.execute(() -> {
            if (generation.get() != ticket) {
                return;
            }
            int[] argb = GraphPainter.paint(what, view, () -> generation.get() != ticket);
            if (argb != null) {
                Platform.runLater(() -> showPixels(ticket, view, argb));
            }
        });
    }

    private void showPixels(long ticket, GraphViewport view, int[] argb) {
        if (generation.get() != ticket) {
            return;
        }
        if (pixels == null || (int) pixels.getWidth() != view.width() || (int) pixels.getHeight() != view.height()) {
            pixels = new WritableImage(view.width(), view.height());
        }
        pixels.getPixelWriter().setPixels(0, 0, view.width(), view.height(), PixelFormat.getIntArgbPreInstance(),
                argb, 0, view.width());
        image.setImage(pixels);
        drawn = view;
        place();
        if (firstFrameMillis.get() < 0) {
            afterNextFrame(() -> firstFrameMillis.set((System.nanoTime() - shownAt) / 1_000_000));
        }
    }

    /** Runs {@code then} once the frame with the new image was rendered (the pulse after it waits for that). */
    private void afterNextFrame(Runnable then) {
        javafx.scene.Scene window = getScene();
        if (window == null) {
            then.run();
            return;
        }
        int[] pulses = {0};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (++pulses[0] == 2) {
                window.removePostLayoutPulseListener(once[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        window.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Scales and moves the image on show to the current viewport, and the highlight with it. */
    private void place() {
        if (drawn != null) {
            double[] at = viewport.placing(drawn);
            image.setFitWidth(drawn.width() * at[0]);
            image.setFitHeight(drawn.height() * at[1]);
            image.relocate(at[2], at[3]);
        }
        drawHighlight();
    }

    private void resized() {
        viewport = viewport.resized((int) getWidth(), (int) getHeight());
        place();
        if (drawn == null) {
            render();
        } else {
            rerender.playFromStart();
        }
    }

    /**
     * Outlines the node with this id, its neighbours and their edges, and names them; null clears the highlight.
     * Shapes over the image: a selection never renders the picture again.
     */
    void highlight(String nodeId) {
        selected = nodeId != null && nodes.containsKey(nodeId) ? nodeId : null;
        drawHighlight();
    }

    private void drawHighlight() {
        highlightLayer.getChildren().setAll(selected == null || scene.isEmpty() ? List.of()
                : GraphHighlight.shapes(scene, nodes, edgesAt.getOrDefault(selected, List.of()), selected, viewport));
    }

    /** Where a node is drawn, in this canvas's coordinates (for tests and the hover box), or null. */
    Point2D positionOf(String nodeId) {
        GraphScene.Node n = nodes.get(nodeId);
        return n == null ? null : new Point2D(viewport.toX(n.x()), viewport.toY(n.y()));
    }

    /** The view the picture and the highlight are drawn for (for tests). */
    GraphViewport viewport() {
        return viewport;
    }

    /** The names drawn over the picture around the selection (for tests). */
    List<Label> highlightLabels() {
        return highlightLayer.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    ReadOnlyLongProperty firstFrameMillisProperty() {
        return firstFrameMillis.getReadOnlyProperty();
    }

    /** The picture on show (null before the first render). */
    javafx.scene.image.Image picture() {
        return image.getImage();
    }

    Label hoverLabel() {
        return hover;
    }

    boolean hasGraph() {
        return !scene.isEmpty();
    }

    /** Resets zoom and pan so the whole graph shows. */
    void fit() {
        viewport = GraphViewport.fit(viewport.width(), viewport.height(), viewport.box());
        place();
        rerender.playFromStart();
    }

    /** Drops the scene and its picture; a render under way is discarded. */
    void close() {
        generation.incrementAndGet();
        rerender.stop();
        hover.setVisible(false);
        highlightLayer.getChildren().clear();
        image.setImage(null);
        drawn = null;
        scene = GraphScene.EMPTY;
    }

    private GraphScene.Node nodeAt(double x, double y) {
        return GraphHitTest.nodeAt(scene, viewport, x, y);
    }

    private String edgeDetailAt(double x, double y) {
        GraphScene.Edge edge = GraphHitTest.edgeAt(scene, nodes, viewport, x, y);
        return edge == null ? null : edge.detail();
    }

    private void hoverAt(MouseEvent e) {
        if (scene.isEmpty()) {
            return;
        }
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

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged || scene.isEmpty()) {
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
        if (dragFrom == null || scene.isEmpty()) {
            return;
        }
        viewport = viewport.panned(e.getX() - dragFrom.getX(), e.getY() - dragFrom.getY());
        dragFrom = new Point2D(e.getX(), e.getY());
        dragged = true;
        place();
        rerender.playFromStart();
    }

    private void zoom(ScrollEvent e) {
        if (scene.isEmpty() || e.getDeltaY() == 0) {
            return;
        }
        viewport = viewport.zoomed(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
        place();
        rerender.playFromStart();
        e.consume();
    }
}
