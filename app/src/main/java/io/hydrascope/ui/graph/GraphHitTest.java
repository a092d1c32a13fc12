package io.hydrascope.ui.graph;

import java.util.List;
import java.util.Map;

/**
 * Which node or edge of a scene lies under a pixel of a viewport: the topmost node within its radius (plus two
 * pixels), else the nearest edge within a few pixels. A scan of the scene, well under a millisecond at the page's
 * caps. Toolkit-free.
 */
final class GraphHitTest {
    private GraphHitTest() {
    }

    static GraphScene.Node nodeAt(GraphScene scene, GraphViewport v, double x, double y) {
        List<GraphScene.Node> all = scene.nodes();
        for (int i = all.size() - 1; i >= 0; i--) { // drawn last, on top
            GraphScene.Node n = all.get(i);
            double r = n.size() / 2 + 2;
            double dx = v.toX(n.x()) - x;
            double dy = v.toY(n.y()) - y;
            if (dx * dx + dy * dy <= r * r) {
                return n;
            }
        }
        return null;
    }

    static GraphScene.Edge edgeAt(GraphScene scene, Map<String, GraphScene.Node> nodes, GraphViewport v, double x,
                                  double y) {
        GraphScene.Edge best = null;
        double bestDistance = Double.MAX_VALUE;
        for (GraphScene.Edge e : scene.edges()) {
            GraphScene.Node a = nodes.get(e.from());
            GraphScene.Node b = nodes.get(e.to());
            double d = distanceToSegment(x, y, v.toX(a.x()), v.toY(a.y()), v.toX(b.x()), v.toY(b.y()));
            if (d <= Math.max(3, e.width() / 2 + 1) && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
