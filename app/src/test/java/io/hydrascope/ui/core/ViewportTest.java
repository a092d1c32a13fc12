package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.TimeRange;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final TimeRange BOUNDS = new TimeRange(0, 1000 * TimeAxis.HOUR);

    @Test
    void zoomingKeepsTheTimeUnderThePointerInPlace() {
        TimeRange w = new TimeRange(100 * TimeAxis.HOUR, 200 * TimeAxis.HOUR);
        TimeRange z = Viewport.zoom(w, 0.5, 0.25, BOUNDS);
        assertEquals(50 * TimeAxis.HOUR, z.spanMicros());
        long anchorBefore = w.fromMicros() + w.spanMicros() / 4;
        long anchorAfter = z.fromMicros() + z.spanMicros() / 4;
        assertEquals(anchorBefore, anchorAfter);
    }

    @Test
    void zoomingInStopsAtTwentySecondsAndOutAtTheBounds() {
        TimeRange w = new TimeRange(100 * TimeAxis.HOUR, 101 * TimeAxis.HOUR);
        for (int i = 0; i < 40; i++) {
            w = Viewport.zoom(w, 0.5, 0.5, BOUNDS);
        }
        assertEquals(Viewport.MIN_SPAN, w.spanMicros());
        for (int i = 0; i < 80; i++) {
            w = Viewport.zoom(w, 2, 0.9, BOUNDS);
        }
        assertEquals(BOUNDS, w);
    }

    @Test
    void panningStopsAtTheEdges() {
        TimeRange w = new TimeRange(900 * TimeAxis.HOUR, 950 * TimeAxis.HOUR);
        TimeRange panned = Viewport.pan(w, 5, BOUNDS);
        assertEquals(BOUNDS.toMicros(), panned.toMicros());
        assertEquals(w.spanMicros(), panned.spanMicros());
        assertEquals(0, Viewport.pan(w, -100, BOUNDS).fromMicros());
    }

    @Test
    void boundsOfASingleInteractionAreStillAWindow() {
        TimeRange b = Viewport.boundsOf(5 * TimeAxis.DAY, 5 * TimeAxis.DAY);
        assertEquals(true, b.contains(5 * TimeAxis.DAY));
        assertEquals(true, b.spanMicros() >= TimeAxis.HOUR);
    }
}
