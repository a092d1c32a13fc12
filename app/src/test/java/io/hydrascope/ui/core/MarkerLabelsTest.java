package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkerLabelsTest {
    @Test
    void labelsFarApartShareTheFirstRowRightOfTheirLines() {
        List<MarkerLabels.Placement> p = MarkerLabels.place(new double[] {100, 600}, new double[] {200, 200}, 0,
                1000, 3);
        assertEquals(0, p.get(0).row());
        assertEquals(0, p.get(1).row());
        assertFalse(p.get(0).leftOfLine());
        assertEquals(100 + MarkerLabels.OFFSET, p.get(0).minX(), 1e-9);
    }

    @Test
    void labelsOfMarkersCloseTogetherAreStackedInRows() {
        List<MarkerLabels.Placement> p = MarkerLabels.place(new double[] {300, 320, 340}, new double[] {250, 250,
            250}, 0, 1000, 3);
        assertEquals(List.of(0, 1, 2), p.stream().map(MarkerLabels.Placement::row).toList());
        assertEquals(3, MarkerLabels.rowsUsed(p));
    }

    @Test
    void aLabelThatWouldRunOffTheRightEdgeGoesLeftOfItsLine() {
        List<MarkerLabels.Placement> p = MarkerLabels.place(new double[] {950}, new double[] {200}, 0, 1000, 3);
        assertTrue(p.get(0).leftOfLine());
        assertEquals(950 - MarkerLabels.OFFSET, p.get(0).maxX(), 1e-9);
    }

    @Test
    void labelsNearTheRightEdgeAreStackedLeftOfTheirLines() {
        List<MarkerLabels.Placement> p = MarkerLabels.place(new double[] {900, 950}, new double[] {300, 300}, 0,
                1000, 3);
        assertTrue(p.get(0).leftOfLine() && p.get(1).leftOfLine());
        assertEquals(List.of(0, 1), p.stream().map(MarkerLabels.Placement::row).toList());
    }

    @Test
    void labelsBeyondTheLastRowAreLeftOut() {
        List<MarkerLabels.Placement> p = MarkerLabels.place(new double[] {300, 301, 302, 303}, new double[] {300,
            300, 300, 300}, 0, 1000, 2);
        assertEquals(2, p.stream().filter(MarkerLabels.Placement::shown).count());
        assertEquals(2, MarkerLabels.rowsUsed(p));
    }

    @Test
    void shownLabelsNeverOverlapInARowAndStayInsideTheChart() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(8);
            double[] xs = new double[n];
            double[] widths = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = random.nextDouble() * 1200;
                widths[i] = 40 + random.nextDouble() * 300;
            }
            List<MarkerLabels.Placement> p = MarkerLabels.place(xs, widths, 0, 1200, 3);
            for (int i = 0; i < n; i++) {
                MarkerLabels.Placement a = p.get(i);
                if (!a.shown()) {
                    continue;
                }
                assertTrue(a.minX() >= 0 && a.maxX() <= 1200, a.toString());
                assertEquals(widths[i], a.maxX() - a.minX(), 1e-9);
                double line = xs[i];
                assertTrue(a.leftOfLine() ? a.maxX() <= line : a.minX() >= line, "the label sits beside its line");
                for (int j = i + 1; j < n; j++) {
                    MarkerLabels.Placement b = p.get(j);
                    if (b.shown() && b.row() == a.row()) {
                        assertTrue(a.maxX() + MarkerLabels.GAP <= b.minX() || b.maxX() + MarkerLabels.GAP <= a.minX(),
                                a + " overlaps " + b);
                    }
                }
            }
        }
    }
}
