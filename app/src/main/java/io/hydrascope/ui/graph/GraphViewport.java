package io.hydrascope.ui.graph;

/**
 * Where the settled picture sits in a view of {@code width} × {@code height} pixels: the layout's unit square
 * (positions in [0, 1], y down) fitted into the view with a margin, zoomed by {@code zoom} around {@code centreX},
 * {@code centreY}. Toolkit-free, so the picture can be rendered on any thread.
 */
record GraphViewport(int width, int height, double zoom, double centreX, double centreY) {
    static final double MARGIN = 40;
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 20;

    static GraphViewport fit(int width, int height) {
        return new GraphViewport(width, height, 1, 0.5, 0.5);
    }

    /** Pixels per layout unit. */
    double scale() {
        return Math.max(1, Math.min(width, height) - 2 * MARGIN) * zoom;
    }

    double toX(double x) {
        return width / 2.0 + (x - centreX) * scale();
    }

    double toY(double y) {
        return height / 2.0 + (y - centreY) * scale();
    }

    GraphViewport resized(int newWidth, int newHeight) {
        return new GraphViewport(newWidth, newHeight, zoom, centreX, centreY);
    }

    /** Moves the picture by this many pixels. */
    GraphViewport panned(double dx, double dy) {
        return new GraphViewport(width, height, zoom, centreX - dx / scale(), centreY - dy / scale());
    }

    /** Zooms by {@code factor}, keeping the layout point under pixel ({@code px}, {@code py}) where it is. */
    GraphViewport zoomed(double factor, double px, double py) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double gx = centreX + (px - width / 2.0) / scale();
        double gy = centreY + (py - height / 2.0) / scale();
        GraphViewport z = new GraphViewport(width, height, next, centreX, centreY);
        return new GraphViewport(width, height, next, gx - (px - width / 2.0) / z.scale(),
                gy - (py - height / 2.0) / z.scale());
    }

    /**
     * How a picture rendered for {@code drawn} must be scaled and moved to match this viewport: {@code {scale,
     * offsetX, offsetY}}, so that a pixel p of it lands at {@code scale * p + offset}.
     */
    double[] placing(GraphViewport drawn) {
        double a = scale() / drawn.scale();
        return new double[] {a, toX(0) - a * drawn.toX(0), toY(0) - a * drawn.toY(0)};
    }
}
