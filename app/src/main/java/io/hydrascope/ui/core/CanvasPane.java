package io.hydrascope.ui.core;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A resizable region drawn on one {@link Canvas}: the base of the code-built charts. Draw requests are coalesced
 * into one repaint per pulse, so many property changes in one event cost one draw. FX thread only.
 */
public abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();
    private boolean drawPending;

    protected CanvasPane() {
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(true);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            requestDraw();
        }
    }

    /** Repaints on the next pulse; several requests before then cost one repaint. */
    public final void requestDraw() {
        if (drawPending) {
            return;
        }
        drawPending = true;
        Platform.runLater(() -> {
            drawPending = false;
            drawNow();
        });
    }

    /** Repaints at once (tests and snapshots). */
    public final void drawNow() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);
}
