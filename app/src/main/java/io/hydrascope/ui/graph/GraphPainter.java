package io.hydrascope.ui.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Renders a settled scene with Java2D into premultiplied ARGB pixels for a viewport: edges grouped into one path per
 * colour and width, then the nodes, then the labels of the few labelled nodes. Toolkit-free and thread-free: the
 * graph page calls it on its render thread, so the FX thread only copies the pixels.
 */
final class GraphPainter {
    private static final Color BETWEEN = new Color(110, 118, 126, 140);
    private static final Color LABEL = new Color(0x22, 0x22, 0x22);
    private static final Color LABEL_BACK = new Color(255, 255, 255, 210);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Measures text without a screen: anti-aliased, fractional metrics, as the picture draws it. */
    private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);

    private GraphPainter() {
    }

    /** The pixels, row by row ({@code width * height}, premultiplied ARGB), or null when {@code stale} said so. */
    static int[] paint(GraphScene scene, GraphViewport v, BooleanSupplier stale) {
        BufferedImage image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, v.width(), v.height());
            Map<String, double[]> at = new java.util.HashMap<>();
            scene.nodes().forEach(n -> at.put(n.id(), new double[] {v.toX(n.x()), v.toY(n.y())}));
            edges(g, scene, at);
            if (stale.getAsBoolean()) {
                return null;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (GraphScene.Node n : scene.nodes()) {
                double[] p = at.get(n.id());
                if (p[0] < -50 || p[1] < -50 || p[0] > v.width() + 50 || p[1] > v.height() + 50) {
                    continue;
                }
                Shape shape = GraphExport.shape(n, p[0], p[1]);
                g.setColor(GraphExport.fill(n));
                g.fill(shape);
                if (n.isCluster()) {
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(shape);
                }
            }
            labels(g, scene, v);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Edges without anti-aliasing, one path per colour and width: with thousands of edges, anti-aliased strokes
     * are what makes a software-rendered frame slow.
     */
    private static void edges(Graphics2D g, GraphScene scene, Map<String, double[]> at) {
        Map<String, Path2D.Double> paths = new LinkedHashMap<>();
        Map<String, Color> colours = new java.util.HashMap<>();
        Map<String, Float> widths = new java.util.HashMap<>();
        for (GraphScene.Edge e : scene.edges()) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            float width = (float) Math.max(1, e.width());
            String key = e.kind() + "/" + width;
            Path2D.Double path = paths.computeIfAbsent(key, k -> new Path2D.Double());
            colours.computeIfAbsent(key, k -> edgeColour(e.kind()));
            widths.put(key, width);
            path.moveTo(a[0], a[1]);
            path.lineTo(b[0], b[1]);
        }
        for (Map.Entry<String, Path2D.Double> p : paths.entrySet()) {
            g.setColor(colours.get(p.getKey()));
            g.setStroke(new BasicStroke(widths.get(p.getKey())));
            g.draw(p.getValue());
        }
    }

    static Color edgeColour(String kind) {
        if (kind.equals(NodeKinds.CLUSTER)) {
            return BETWEEN;
        }
        int rgb = Integer.parseInt(NodeKinds.keyColour(kind).substring(1), 16);
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 110);
    }

    /** A label of the picture and where it is drawn. */
    record PictureLabel(GraphScene.Node node, GraphLabelPlacer.Spot spot) {
    }

    /**
     * Where the picture names its labelled nodes in this viewport: flagged ones first, then the larger ones, each
     * beside its node where it covers no other label and no labelled node. A label with no free spot is left out
     * (hovering or selecting the node names it), unless its node is flagged. Toolkit-free; the selection overlay
     * calls it too, to keep its labels off these.
     */
    static List<PictureLabel> pictureLabels(GraphScene scene, GraphViewport v) {
        List<GraphScene.Node> labelled = scene.nodes().stream().filter(GraphScene.Node::labelled)
                .sorted(Comparator.comparing((GraphScene.Node n) -> !n.flagged())
                        .thenComparing(Comparator.comparingDouble(GraphScene.Node::size).reversed()))
                .toList();
        GraphLabelPlacer placer = new GraphLabelPlacer(v.width(), v.height());
        labelled.forEach(n -> placer.blockNode(v.toX(n.x()), v.toY(n.y()), n.size() / 2));
        LineMetrics metrics = LABEL_FONT.getLineMetrics("Ag", TEXT);
        double h = Math.ceil(metrics.getAscent() + metrics.getDescent()) + 3;
        List<PictureLabel> out = new ArrayList<>();
        for (GraphScene.Node n : labelled) {
            double w = Math.ceil(LABEL_FONT.getStringBounds(n.label(), TEXT).getWidth()) + 4;
            double x = v.toX(n.x());
            double y = v.toY(n.y());
            GraphLabelPlacer.Spot spot = placer.place(x, y, n.size() / 2, w, h);
            if (spot == null && n.flagged()) {
                spot = GraphLabelPlacer.beside(x, y, n.size() / 2, w, h);
            }
            if (spot != null) {
                out.add(new PictureLabel(n, spot));
            }
        }
        return out;
    }

    private static void labels(Graphics2D g, GraphScene scene, GraphViewport v) {
        g.setFont(LABEL_FONT);
        float ascent = LABEL_FONT.getLineMetrics("Ag", TEXT).getAscent();
        for (PictureLabel l : pictureLabels(scene, v)) {
            GraphLabelPlacer.Spot s = l.spot();
            g.setColor(LABEL_BACK);
            g.fill(new RoundRectangle2D.Double(s.x(), s.y(), s.width(), s.height(), 5, 5));
            g.setColor(LABEL);
            g.drawString(l.node().label(), (float) s.x() + 2, (float) s.y() + 1 + ascent);
        }
    }
}
