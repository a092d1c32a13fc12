package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard gestures of a time-axis chart, forwarded to a {@link TimelineNavigation}: wheel zooms around the
 * pointer (shift-wheel or a horizontal swipe pans), dragging brushes a range, a click clears it, double-click zooms
 * to it; keys: + and - zoom, left and right pan, Home shows all, Enter zooms to the brush, Escape clears it.
 * {@code zoomOnWheel} false leaves the plain wheel to the chart (swim lanes scroll with it) and zooms on Ctrl-wheel.
 */
public final class TimelineGestures {
    private final Node focusOwner;
    private final Canvas canvas;
    private final double left;
    private final double right;
    private final Supplier<TimeRange> window;
    private final TimelineNavigation nav;
    private boolean zoomOnWheel = true;
    private double dragStart = Double.NaN;
    private Runnable onDragPreview = () -> { };
    private TimeRange preview;

    public TimelineGestures(Node focusOwner, Canvas canvas, double left, double right, Supplier<TimeRange> window,
                            TimelineNavigation nav) {
        this.focusOwner = focusOwner;
        this.canvas = canvas;
        this.left = left;
        this.right = right;
        this.window = window;
        this.nav = nav;
    }

    public TimelineGestures zoomOnCtrlWheelOnly() {
        this.zoomOnWheel = false;
        return this;
    }

    /** Called while dragging, so the chart can draw the range being brushed ({@link #preview()}). */
    public TimelineGestures onDragPreview(Runnable action) {
        this.onDragPreview = action;
        return this;
    }

    /** The range being dragged out, or null. */
    public TimeRange preview() {
        return preview;
    }

    public void install() {
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        focusOwner.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - left - right);
    }

    private double fraction(double x) {
        return Math.max(0, Math.min(1, (x - left) / plotWidth()));
    }

    private long timeAt(double x) {
        TimeRange w = window.get();
        return w.fromMicros() + Math.round(fraction(x) * w.spanMicros());
    }

    private void scroll(ScrollEvent e) {
        boolean horizontal = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY());
        if (horizontal || e.isShiftDown()) {
            double delta = horizontal ? e.getDeltaX() : e.getDeltaY();
            nav.pan(-delta / plotWidth());
            e.consume();
        } else if (zoomOnWheel || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                nav.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, fraction(e.getX()));
            }
            e.consume();
        }
    }

    private void pressed(MouseEvent e) {
        focusOwner.requestFocus();
        e.consume(); // a TabPane around the chart would take the focus back on the press
        if (e.getButton() == MouseButton.PRIMARY && e.getX() >= left) {
            dragStart = e.getX();
            if (e.getClickCount() == 2) {
                nav.zoomToBrush();
                dragStart = Double.NaN;
            }
        }
    }

    private void dragged(MouseEvent e) {
        if (!Double.isNaN(dragStart) && Math.abs(e.getX() - dragStart) > 3) {
            long a = timeAt(dragStart);
            long b = timeAt(e.getX());
            preview = new TimeRange(Math.min(a, b), Math.max(a, b));
            onDragPreview.run();
        }
    }

    private void released(MouseEvent e) {
        if (Double.isNaN(dragStart)) {
            return;
        }
        if (preview != null) {
            nav.brush(preview);
        } else if (e.isStillSincePress() && e.getClickCount() == 1) {
            nav.brush(null);
        }
        preview = null;
        dragStart = Double.NaN;
        onDragPreview.run();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> nav.zoom(0.5, 0.5);
            case MINUS, SUBTRACT -> nav.zoom(2, 0.5);
            case LEFT -> nav.pan(-0.25);
            case RIGHT -> nav.pan(0.25);
            case HOME -> nav.resetZoom();
            case ENTER -> nav.zoomToBrush();
            case ESCAPE -> nav.brush(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
