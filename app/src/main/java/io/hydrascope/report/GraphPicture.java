package io.hydrascope.report;

import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.analysis.graph.GraphEdge;
import io.hydrascope.analysis.graph.GraphNode;
import io.hydrascope.model.ChartColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a laid-out {@link ClusterGraph} with Java2D (onto an SVG or a bitmap): accounts as circles (red when
 * flagged), shared keys as squares coloured by kind, the most connected keys labelled inside the picture (left of
 * their node near the right edge), a legend below.
 */
final class GraphPicture {
    static final Map<String, Color> KIND_COLOURS = new LinkedHashMap<>();

    static {
        ChartColours.LINK_KINDS.forEach((kind, hex) -> KIND_COLOURS.put(kind, new Color(ChartColours.rgb(hex))));
    }

    private static final Color FLAGGED = new Color(0xC0392B);
    private static final Color UNFLAGGED = new Color(0xA0A8AE);
    private static final int LEGEND = 56;
    private static final int MARGIN = 28;
    private static final int LABELLED_KEYS = 10;
    /** Labels keep this far from the picture's left and right edges (plus their box's padding). */
    private static final double LABEL_INSET = 6;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    /** Behaviour keys (templates, timing) are labelled after infrastructure, which readers act on. */
    private static final java.util.Set<String> BEHAVIOUR_KINDS = java.util.Set.of("template", "lockstep", "created",
            "model_move");

    private GraphPicture() {
    }

    static void draw(Graphics2D g, ClusterGraph graph, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double plotW = width - 2.0 * MARGIN;
        double plotH = height - 2.0 * MARGIN - LEGEND;
        Map<String, double[]> at = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            at.put(n.id(), new double[] {MARGIN + n.x() * plotW, MARGIN + n.y() * plotH});
        }
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(new Color(0x90, 0x98, 0xA0, 90));
        Path2D.Double edges = new Path2D.Double(); // one path: a compact SVG however many edges there are
        for (GraphEdge e : graph.edges()) {
            double[] a = at.get(e.accountNode());
            double[] b = at.get(e.keyNode());
            edges.moveTo(Math.round(a[0] * 10) / 10.0, Math.round(a[1] * 10) / 10.0);
            edges.lineTo(Math.round(b[0] * 10) / 10.0, Math.round(b[1] * 10) / 10.0);
        }
        g.draw(edges);
        for (GraphNode n : graph.nodes()) {
            double[] p = at.get(n.id());
            if (n.isAccount()) {
                double r = 3 + 3 * Math.min(1, n.risk());
                g.setColor(n.flagged() ? FLAGGED : UNFLAGGED);
                g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
            } else {
                double r = nodeRadius(n);
                g.setColor(KIND_COLOURS.getOrDefault(n.kind(), Color.DARK_GRAY));
                g.fill(new Rectangle2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
            }
        }
        labels(g, graph, at, width);
        legend(g, graph, width, height);
    }

    /** A key's label as drawn: its text, the box it covers and where its text starts. */
    record PlacedLabel(String text, Rectangle2D box, double textX, double baseline) {
    }

    private static void labels(Graphics2D g, ClusterGraph graph, Map<String, double[]> at, int width) {
        g.setFont(LABEL_FONT);
        for (PlacedLabel l : placeLabels(graph, at, width, g.getFontMetrics())) {
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(l.box());
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.drawString(l.text(), (float) l.textX(), (float) l.baseline());
        }
    }

    /**
     * Labels for the most connected keys (infrastructure before behaviour), each beside its node: to the right, or to
     * the left where the right would leave the picture, shortened when neither side has room. No label covers
     * another or leaves the picture.
     */
    static List<PlacedLabel> placeLabels(ClusterGraph graph, Map<String, double[]> at, int width,
                                         FontMetrics metrics) {
        List<GraphNode> candidates = graph.nodes().stream().filter(n -> !n.isAccount())
                .sorted(Comparator.comparing((GraphNode n) -> BEHAVIOUR_KINDS.contains(n.kind()))
                        .thenComparingInt(n -> -n.degree()).thenComparing(GraphNode::id)).toList();
        List<PlacedLabel> placed = new java.util.ArrayList<>();
        double left = LABEL_INSET;
        double right = width - LABEL_INSET;
        for (GraphNode n : candidates) {
            if (placed.size() >= LABELLED_KEYS) {
                break;
            }
            double[] p = at.get(n.id());
            String label = ReportText.truncate(ReportText.oneLine(n.kind().replace('_', ' ') + ": " + n.label()), 32);
            double gap = 4 + nodeRadius(n);
            double roomRight = right - (p[0] + gap);
            double roomLeft = (p[0] - gap) - left;
            boolean toRight = metrics.stringWidth(label) <= roomRight || roomRight >= roomLeft;
            label = fit(label, toRight ? roomRight : roomLeft, metrics);
            if (label == null) {
                continue;
            }
            int w = metrics.stringWidth(label);
            double x = toRight ? p[0] + gap : p[0] - gap - w;
            Rectangle2D box = new Rectangle2D.Double(x - 2, p[1] - 8, w + 4, 13);
            if (placed.stream().anyMatch(l -> l.box().intersects(box))) {
                continue;
            }
            placed.add(new PlacedLabel(label, box, x, p[1] + 3));
        }
        return placed;
    }

    /** The label, shortened with "…" to fit {@code room}; null when not even a few characters fit. */
    private static String fit(String label, double room, FontMetrics metrics) {
        if (metrics.stringWidth(label) <= room) {
            return label;
        }
        for (int keep = label.length() - 1; keep >= 8; keep--) {
            String cut = label.substring(0, keep).stripTrailing() + "…";
            if (metrics.stringWidth(cut) <= room) {
                return cut;
            }
        }
        return null;
    }

    private static double nodeRadius(GraphNode n) {
        return n.isAccount() ? 3 + 3 * Math.min(1, n.risk()) : 3.5 + Math.min(4, Math.sqrt(n.degree()) / 2);
    }

    private static void legend(Graphics2D g, ClusterGraph graph, int width, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        int y = height - LEGEND + 14;
        int x = MARGIN;
        x = legendItem(g, x, y, FLAGGED, true, "flagged account");
        x = legendItem(g, x, y, UNFLAGGED, true, "other account");
        for (Map.Entry<String, Color> k : KIND_COLOURS.entrySet()) {
            if (graph.nodes().stream().anyMatch(n -> n.kind().equals(k.getKey()))) {
                String label = k.getKey().replace('_', ' ');
                if (x + 25 + g.getFontMetrics().stringWidth(label) > width - MARGIN) {
                    x = MARGIN;
                    y += 14;
                }
                x = legendItem(g, x, y, k.getValue(), false, label);
            }
        }
        String caption = graph.note().isEmpty() ? String.format(java.util.Locale.ROOT, "%,d accounts, %,d shared keys",
                graph.shownAccounts(), graph.shownKeys()) : graph.note();
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.drawString(ReportText.oneLine(caption), MARGIN, y + 16);
    }

    private static int legendItem(Graphics2D g, int x, int y, Color colour, boolean round, String label) {
        g.setColor(colour);
        if (round) {
            g.fill(new Ellipse2D.Double(x, y - 8, 8, 8));
        } else {
            g.fill(new Rectangle2D.Double(x, y - 8, 8, 8));
        }
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.drawString(label, x + 11, y);
        return x + 11 + g.getFontMetrics().stringWidth(label) + 14;
    }
}
