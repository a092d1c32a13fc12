package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphLabelPlacerTest {
    @Test
    void aLoneLabelGoesRightOfItsNode() {
        GraphLabelPlacer placer = new GraphLabelPlacer(800, 600);
        GraphLabelPlacer.Spot s = placer.place(100, 100, 5, 60, 14);
        assertEquals(100 + 5 + GraphLabelPlacer.GAP, s.x(), 1e-9);
        assertEquals(100 - 7, s.y(), 1e-9);
    }

    @Test
    void aSecondLabelOnTheSameSpotMovesAroundItsNodeInsteadOfCoveringTheFirst() {
        GraphLabelPlacer placer = new GraphLabelPlacer(800, 600);
        GraphLabelPlacer.Spot first = placer.place(100, 100, 5, 60, 14);
        GraphLabelPlacer.Spot second = placer.place(102, 101, 5, 60, 14);
        assertNotNull(second);
        assertFalse(first.overlaps(second), first + " / " + second);
        assertTrue(second.x() + second.width() <= 102, "the next free spot is left of the node: " + second);
    }

    @Test
    void aLabelAtTheViewsRightEdgeGoesLeftOfItsNode() {
        GraphLabelPlacer placer = new GraphLabelPlacer(800, 600);
        GraphLabelPlacer.Spot s = placer.place(790, 300, 5, 60, 14);
        assertTrue(s.x() + s.width() <= 790 - 5, s.toString());
    }

    @Test
    void aNodeSurroundedByLabelsGetsNone() {
        GraphLabelPlacer placer = new GraphLabelPlacer(800, 600);
        placer.block(new GraphLabelPlacer.Spot(0, 0, 800, 600));
        assertNull(placer.place(400, 300, 5, 60, 14));
    }

    @Test
    void labelsKeepOffBlockedNodes() {
        GraphLabelPlacer placer = new GraphLabelPlacer(800, 600);
        placer.blockNode(140, 100, 10);
        GraphLabelPlacer.Spot s = placer.place(100, 100, 5, 60, 14);
        assertFalse(s.overlaps(new GraphLabelPlacer.Spot(130, 90, 20, 20)), s.toString());
    }

    @Test
    void manyLabelsInACrowdNeverOverlapAndStayInTheView() {
        Random random = new Random(11);
        GraphLabelPlacer placer = new GraphLabelPlacer(400, 300);
        List<GraphLabelPlacer.Spot> placed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            GraphLabelPlacer.Spot s = placer.place(150 + random.nextDouble() * 100, 100 + random.nextDouble() * 100,
                    4, 30 + random.nextDouble() * 80, 14);
            if (s != null) {
                assertTrue(s.x() >= 0 && s.y() >= 0 && s.x() + s.width() <= 400 && s.y() + s.height() <= 300);
                for (GraphLabelPlacer.Spot other : placed) {
                    assertFalse(s.overlaps(other), s + " / " + other);
                }
                placed.add(s);
            }
        }
        assertTrue(placed.size() >= 10, "a crowd still gets a fair number of names: " + placed.size());
    }
}
