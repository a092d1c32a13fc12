package io.hydrascope.ui.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a {@link GraphScene} as PNG or SVG (by the file's extension) with Java2D: the same positions (the layout's
 * box fitted as in the window), shapes and colours as the window, the selected node and its neighbours outlined,
 * names of the labelled nodes and of the selection placed so that none covers another, a title and the cap note.
 * Runs on any thread; no toolkit needed.
 */
final class GraphExport {
    static final int WIDTH = 1400;
    static final int HEIGHT = 1000;
    private static final int MARGIN = 40;
    private static final int HEADER = 44;

    private GraphExport() {
    }

    static void write(GraphScene scene, String selectedNode, Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
            draw(g, scene, selectedNode);
            Files.writeString(path, g.getSVGDocument(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                draw(g, scene, selectedNode);
            } finally {
                g.dispose();
            }
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IOException(path + ": no PNG writer");
            }
        } else {
            throw new IOException(path + ": choose a name ending in .png or .svg");
        }
    }

    /** A file-name-safe form of an id (letters, digits, dash and underscore). */
    static String fileSafe(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.isEmpty() ? "graph" : safe.substring(0, Math.min(40, safe.length()));
    }

    static void draw(Graphics2D g, GraphScene scene, String selectedNode) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        GraphViewport view = GraphViewport.fit(WIDTH, HEIGHT - HEADER, GraphViewport.Box.of(scene.nodes()));
        Map<String, double[]> at = new HashMap<>();
        scene.nodes().forEach(n -> at.put(n.id(), new double[] {view.toX(n.x()), HEADER + view.toY(n.y())}));
        Set<String> near = new HashSet<>();
        for (GraphScene.Edge e : scene.edges()) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            boolean hot = e.from().equals(selectedNode) || e.to().equals(selectedNode);
            if (hot) {
                near.add(e.from());
                near.add(e.to());
            }
            Color c = e.kind().equals(NodeKinds.CLUSTER) ? new Color(0x80, 0x88, 0x90) : hex(NodeKinds.keyColour(e.kind()));
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), hot ? 230 : 90));
            g.setStroke(new BasicStroke((float) (hot ? e.width() + 1 : e.width())));
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (GraphScene.Node n : scene.nodes()) {
            double[] p = at.get(n.id());
            Shape shape = shape(n, p[0], p[1]);
            g.setColor(fill(n));
            g.fill(shape);
            if (n.id().equals(selectedNode) || near.contains(n.id())) {
                g.setColor(new Color(0x1F, 0x2A, 0x36));
                g.setStroke(new BasicStroke(n.id().equals(selectedNode) ? 3f : 1.5f));
                g.draw(shape);
            }
        }
        labels(g, scene, selectedNode, near, at);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(scene.title(), MARGIN, MARGIN);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.drawString(scene.summary() + (scene.note().isEmpty() ? "" : " — " + scene.note()), MARGIN, MARGIN + 20);
    }

    /**
     * Names the selected node, the labelled nodes and the selection's neighbours, in that order, each where it
     * covers no name placed before it; a neighbour with no free spot goes unnamed.
     */
    private static void labels(Graphics2D g, GraphScene scene, String selectedNode, Set<String> near,
                               Map<String, double[]> at) {
        GraphLabelPlacer placer = new GraphLabelPlacer(WIDTH, HEIGHT);
        placer.block(new GraphLabelPlacer.Spot(0, 0, WIDTH, MARGIN + 26)); // the title and summary
        java.util.List<GraphScene.Node> named = scene.nodes().stream()
                .filter(n -> n.labelled() || n.id().equals(selectedNode) || near.contains(n.id()))
                .sorted(java.util.Comparator.comparingInt((GraphScene.Node n) -> n.id().equals(selectedNode) ? 0
                        : n.labelled() ? 1 : 2))
                .toList();
        named.forEach(n -> placer.blockNode(at.get(n.id())[0], at.get(n.id())[1], n.size() / 2));
        java.awt.FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(0x22, 0x22, 0x22));
        for (GraphScene.Node n : named) {
            double[] p = at.get(n.id());
            double w = metrics.stringWidth(n.label()) + 2;
            double h = metrics.getAscent() + metrics.getDescent();
            GraphLabelPlacer.Spot spot = placer.place(p[0], p[1], n.size() / 2, w, h);
            if (spot == null && (n.labelled() || n.id().equals(selectedNode))) {
                spot = GraphLabelPlacer.beside(p[0], p[1], n.size() / 2, w, h);
            }
            if (spot != null) {
                g.drawString(n.label(), (float) spot.x() + 1, (float) spot.y() + metrics.getAscent());
            }
        }
    }

    static Shape shape(GraphScene.Node n, double x, double y) {
        double r = n.size() / 2;
        if (n.isCluster() || n.isAccount()) {
            return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        }
        if (NodeKinds.BEHAVIOUR.contains(n.kind())) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(x, y - r);
            d.lineTo(x + r, y);
            d.lineTo(x, y + r);
            d.lineTo(x - r, y);
            d.closePath();
            return d;
        }
        return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    static Color fill(GraphScene.Node n) {
        if (n.isCluster()) {
            int[] rgb = NodeKinds.riskRgb(n.risk());
            return new Color(rgb[0], rgb[1], rgb[2]);
        }
        if (n.isAccount()) {
            return hex(n.flagged() ? NodeKinds.FLAGGED_COLOUR : NodeKinds.ACCOUNT_COLOUR);
        }
        return hex(NodeKinds.keyColour(n.kind()));
    }

    private static Color hex(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
