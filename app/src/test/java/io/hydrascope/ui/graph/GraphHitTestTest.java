package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphHitTestTest {
    private static GraphScene.Node node(String id, double x, double y) {
        return new GraphScene.Node(id, NodeKinds.ACCOUNT, id, "", x, y, 10, 0, false, id, false);
    }

    private final GraphScene scene = new GraphScene(GraphMode.CLUSTER, "t",
            List.of(node("a", 0, 0), node("b", 1, 0), node("c", 0.5, 0.5), node("d", 0.51, 0.5)),
            List.of(new GraphScene.Edge("a", "b", "ip", 1, "a–b")), "", "");
    private final Map<String, GraphScene.Node> nodes = scene.nodes().stream()
            .collect(Collectors.toMap(GraphScene.Node::id, Function.identity()));
    private final GraphViewport view = GraphViewport.fit(600, 600);

    @Test
    void findsTheTopmostNodeUnderThePointer() {
        assertEquals("d", GraphHitTest.nodeAt(scene, view, view.toX(0.505), view.toY(0.5)).id());
        assertEquals("a", GraphHitTest.nodeAt(scene, view, view.toX(0) + 6, view.toY(0)).id());
        assertNull(GraphHitTest.nodeAt(scene, view, view.toX(0) + 8, view.toY(0)));
    }

    @Test
    void findsAnEdgeWithinAFewPixelsOfItsLine() {
        assertEquals("a–b", GraphHitTest.edgeAt(scene, nodes, view, view.toX(0.3), view.toY(0) + 2).detail());
        assertNull(GraphHitTest.edgeAt(scene, nodes, view, view.toX(0.3), view.toY(0) + 5));
    }

    @Test
    void measuresDistanceToTheSegmentNotTheLine() {
        assertEquals(5, GraphHitTest.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-9);
        assertEquals(4, GraphHitTest.distanceToSegment(5, 4, 0, 0, 10, 0), 1e-9);
    }
}
