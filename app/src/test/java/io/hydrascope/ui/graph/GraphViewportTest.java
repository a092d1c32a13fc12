package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GraphViewportTest {
    private static final double EPS = 1e-9;

    @Test
    void fitsTheUnitSquareInsideTheMarginCentred() {
        GraphViewport v = GraphViewport.fit(1000, 600);
        assertEquals(520, v.scale(), EPS);
        assertEquals(500 - 260, v.toX(0), EPS);
        assertEquals(GraphViewport.MARGIN, v.toY(0), EPS);
        assertEquals(600 - GraphViewport.MARGIN, v.toY(1), EPS);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        GraphViewport v = GraphViewport.fit(800, 600).panned(30, -12);
        GraphViewport z = v.zoomed(1.25, 200, 150);
        double gx = 0.5 + (200 - 400 - 30) / v.scale();
        assertEquals(v.toX(gx), z.toX(gx), 1e-6);
        assertEquals(1.25 * v.scale(), z.scale(), EPS);
    }

    @Test
    void anOldPictureIsPlacedWhereTheCurrentViewDrawsItsPoints() {
        GraphViewport drawn = GraphViewport.fit(800, 600);
        GraphViewport now = drawn.zoomed(2, 100, 500).panned(-40, 25);
        double[] at = now.placing(drawn);
        for (double g : new double[] {0, 0.3, 1}) {
            assertEquals(now.toX(g), at[0] * drawn.toX(g) + at[1], 1e-6);
            assertEquals(now.toY(g), at[0] * drawn.toY(g) + at[2], 1e-6);
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
