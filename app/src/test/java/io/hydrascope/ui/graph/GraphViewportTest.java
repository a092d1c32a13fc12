package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GraphViewportTest {
    private static final double EPS = 1e-9;

    @Test
    void fitsTheLayoutsBoxToTheViewInsideTheMarginOnBothAxes() {
        GraphViewport v = GraphViewport.fit(1000, 600, new GraphViewport.Box(0.1, 0.2, 0.9, 0.7));
        assertEquals(GraphViewport.MARGIN, v.toX(0.1), EPS);
        assertEquals(1000 - GraphViewport.MARGIN, v.toX(0.9), EPS);
        assertEquals(GraphViewport.MARGIN, v.toY(0.2), EPS);
        assertEquals(600 - GraphViewport.MARGIN, v.toY(0.7), EPS);
    }

    @Test
    void aSquareLayoutInAWideViewIsStretchedAtMostTwiceAsMuchAcrossAsDown() {
        GraphViewport v = GraphViewport.fit(1600, 600);
        assertEquals(520, v.scaleY(), EPS);
        assertEquals(2 * 520, v.scaleX(), EPS);
        assertEquals(800, v.toX(0.5), EPS, "centred");
        assertEquals(GraphViewport.MARGIN, v.toY(0), EPS);
        GraphViewport tall = GraphViewport.fit(500, 2000);
        assertEquals(420, tall.scaleX(), EPS);
        assertEquals(840, tall.scaleY(), EPS);
    }

    @Test
    void aLayoutOnOneLineOrPointIsDrawnWithoutDividingByZero() {
        GraphViewport line = GraphViewport.fit(1000, 600, new GraphViewport.Box(0, 0.5, 1, 0.5));
        assertEquals(GraphViewport.MARGIN, line.toX(0), EPS);
        assertEquals(300, line.toY(0.5), EPS);
        GraphViewport point = GraphViewport.fit(1000, 600, new GraphViewport.Box(0.5, 0.5, 0.5, 0.5));
        assertEquals(500, point.toX(0.5), EPS);
        assertEquals(300, point.toY(0.5), EPS);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        GraphViewport v = GraphViewport.fit(800, 600).panned(30, -12);
        GraphViewport z = v.zoomed(1.25, 200, 150);
        double gx = 0.5 + (200 - 400 - 30) / v.scaleX();
        double gy = 0.5 + (150 - 300 + 12) / v.scaleY();
        assertEquals(v.toX(gx), z.toX(gx), 1e-6);
        assertEquals(v.toY(gy), z.toY(gy), 1e-6);
        assertEquals(200, z.toX(gx), 1e-6);
        assertEquals(1.25 * v.scaleX(), z.scaleX(), EPS);
        assertEquals(1.25 * v.scaleY(), z.scaleY(), EPS);
    }

    @Test
    void anOldPictureIsPlacedWhereTheCurrentViewDrawsItsPoints() {
        GraphViewport drawn = GraphViewport.fit(800, 600);
        for (GraphViewport now : new GraphViewport[] {drawn.zoomed(2, 100, 500).panned(-40, 25),
            drawn.resized(1200, 500)}) {
            double[] at = now.placing(drawn);
            for (double g : new double[] {0, 0.3, 1}) {
                assertEquals(now.toX(g), at[0] * drawn.toX(g) + at[2], 1e-6);
                assertEquals(now.toY(g), at[1] * drawn.toY(g) + at[3], 1e-6);
            }
        }
    }

    @Test
    void zoomStaysWithinItsBounds() {
        GraphViewport v = GraphViewport.fit(800, 600);
        for (int i = 0; i < 40; i++) {
            v = v.zoomed(1.25, 400, 300);
        }
        assertEquals(GraphViewport.MAX_ZOOM, v.zoom(), EPS);
    }
}
