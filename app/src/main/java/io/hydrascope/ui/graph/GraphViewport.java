package io.hydrascope.ui.graph;

import java.util.List;

/**
 * Where the settled picture sits in a view of {@code width} × {@code height} pixels: the bounding box of the
 * layout's positions (in [0, 1], y down) fitted into the view with a margin, zoomed by {@code zoom} around
 * {@code centreX}, {@code centreY}. The box is stretched to fill the view on both axes, by at most
 * {@link #MAX_STRETCH} times more on one axis than on the other, so a wide window is not left two thirds empty
 * and the layout's distances stay recognisable. Toolkit-free, so the picture can be rendered on any thread.
 */
record GraphViewport(int width, int height, double zoom, double centreX, double centreY, Box box) {
    static final double MARGIN = 40;
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 20;
    /** How much more one axis may be scaled than the other to fill the view. */
    static final double MAX_STRETCH = 2;

    /** The extent of the layout's positions; a box without width or height is drawn as wide as it is high. */
    record Box(double minX, double minY, double maxX, double maxY) {
        static final Box UNIT = new Box(0, 0, 1, 1);

        static Box of(List<GraphScene.Node> nodes) {
            if (nodes.isEmpty()) {
                return UNIT;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (GraphScene.Node n : nodes) {
                minX = Math.min(minX, n.x());
                maxX = Math.max(maxX, n.x());
                minY = Math.min(minY, n.y());
                maxY = Math.max(maxY, n.y());
            }
            return new Box(minX, minY, maxX, maxY);
        }

        double spanX() {
            return maxX - minX;
        }

        double spanY() {
            return maxY - minY;
        }
    }

    /** The whole box in a view of this size. */
    static GraphViewport fit(int width, int height, Box box) {
        return new GraphViewport(width, height, 1, (box.minX() + box.maxX()) / 2, (box.minY() + box.maxY()) / 2, box);
    }

    /** The unit square in a view of this size (a layout that fills [0, 1] on both axes). */
    static GraphViewport fit(int width, int height) {
        return fit(width, height, Box.UNIT);
    }

    /** Pixels per layout unit across, at this zoom. */
    double scaleX() {
        return baseScales()[0] * zoom;
    }

    /** Pixels per layout unit down, at this zoom. */
    double scaleY() {
        return baseScales()[1] * zoom;
    }

    private double[] baseScales() {
        double w = Math.max(1, width - 2 * MARGIN);
        double h = Math.max(1, height - 2 * MARGIN);
        double eps = 1e-6;
        if (box.spanX() < eps && box.spanY() < eps) {
            double s = Math.min(w, h);
            return new double[] {s, s};
        }
        double sx = box.spanX() < eps ? Double.MAX_VALUE : w / box.spanX();
        double sy = box.spanY() < eps ? Double.MAX_VALUE : h / box.spanY();
        sx = Math.min(sx, sy * MAX_STRETCH);
        sy = Math.min(sy, sx * MAX_STRETCH);
        return new double[] {sx, sy};
    }

    double toX(double x) {
        return width / 2.0 + (x - centreX) * scaleX();
    }

    double toY(double y) {
        return height / 2.0 + (y - centreY) * scaleY();
    }

    GraphViewport resized(int newWidth, int newHeight) {
        return new GraphViewport(newWidth, newHeight, zoom, centreX, centreY, box);
    }

    /** Moves the picture by this many pixels. */
    GraphViewport panned(double dx, double dy) {
        return new GraphViewport(width, height, zoom, centreX - dx / scaleX(), centreY - dy / scaleY(), box);
    }

    /** Zooms by {@code factor}, keeping the layout point under pixel ({@code px}, {@code py}) where it is. */
    GraphViewport zoomed(double factor, double px, double py) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double gx = centreX + (px - width / 2.0) / scaleX();
        double gy = centreY + (py - height / 2.0) / scaleY();
        GraphViewport z = new GraphViewport(width, height, next, centreX, centreY, box);
        return new GraphViewport(width, height, next, gx - (px - width / 2.0) / z.scaleX(),
                gy - (py - height / 2.0) / z.scaleY(), box);
    }

    /**
     * How a picture rendered for {@code drawn} must be scaled and moved to match this viewport: {@code {scaleX,
     * scaleY, offsetX, offsetY}}, so that a pixel (px, py) of it lands at (scaleX * px + offsetX, scaleY * py +
     * offsetY).
     */
    double[] placing(GraphViewport drawn) {
        double ax = scaleX() / drawn.scaleX();
        double ay = scaleY() / drawn.scaleY();
        return new double[] {ax, ay, toX(0) - ax * drawn.toX(0), toY(0) - ay * drawn.toY(0)};
    }
}
