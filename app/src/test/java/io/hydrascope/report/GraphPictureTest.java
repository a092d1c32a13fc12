package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.analysis.graph.GraphEdge;
import io.hydrascope.analysis.graph.GraphNode;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class GraphPictureTest {
    @Test
    void hostileKeyLabelsBecomeEscapedSvgText() {
        ClusterGraph graph = new ClusterGraph(List.of(
                new GraphNode("a1", GraphNode.ACCOUNT, "acct-1", true, 0.9, 1, 0.1, 0.1),
                new GraphNode("a2", GraphNode.ACCOUNT, "acct-2", false, 0.2, 1, 0.9, 0.9),
                new GraphNode("k1", "user_agent", "<script>alert(1)</script>", false, 0.3, 2, 0.5, 0.5)),
                List.of(new GraphEdge("a1", "k1", 0.3, 4), new GraphEdge("a2", "k1", 0.3, 2)), 2, 2, 1, 1, "");
        SVGGraphics2D g = new SVGGraphics2D(400, 300);
        GraphPicture.draw(g, graph, 400, 300);
        String svg = g.getSVGElement();

        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("user agent: &lt;script&gt;alert(1)&lt;/sc"), "the label is text, cut to fit");
        assertTrue(svg.contains("flagged account"), "legend");
    }

    @Test
    void labelsStayInsideThePictureAndGoLeftOfANodeAtTheRightEdge() {
        int width = 720;
        ClusterGraph graph = new ClusterGraph(List.of(
                new GraphNode("a1", GraphNode.ACCOUNT, "acct-1", true, 0.9, 3, 0.5, 0.5),
                new GraphNode("right", "email_domain", "inboxrelay89.xyz", false, 0.3, 9, 1.0, 0.2),
                new GraphNode("edge", "payment", "fp_5gogjd6a3a9pz83o", false, 0.3, 8, 0.97, 0.8),
                new GraphNode("leftmost", "ip", "203.0.113.77", false, 0.3, 7, 0.0, 0.5)),
                List.of(new GraphEdge("a1", "right", 0.3, 4), new GraphEdge("a1", "edge", 0.3, 2),
                        new GraphEdge("a1", "leftmost", 0.3, 2)), 1, 3, 1, 3, "");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9));
        java.util.Map<String, double[]> at = new java.util.HashMap<>();
        double plotW = width - 56.0;
        for (GraphNode n : graph.nodes()) {
            at.put(n.id(), new double[] {28 + n.x() * plotW, 28 + n.y() * 340});
        }
        List<GraphPicture.PlacedLabel> labels = GraphPicture.placeLabels(graph, at, width, g.getFontMetrics());
        g.dispose();

        assertEquals(3, labels.size(), labels.toString());
        for (GraphPicture.PlacedLabel l : labels) {
            assertTrue(l.box().getMinX() >= 0 && l.box().getMaxX() <= width, l + " leaves the picture");
        }
        GraphPicture.PlacedLabel right = labels.stream().filter(l -> l.text().contains("inboxrelay89")).findFirst()
                .orElseThrow();
        assertEquals("email domain: inboxrelay89.xyz", right.text(), "whole, on the free side");
        assertTrue(right.box().getMaxX() < at.get("right")[0], "left of its node: " + right);
        GraphPicture.PlacedLabel left = labels.stream().filter(l -> l.text().startsWith("ip:")).findFirst()
                .orElseThrow();
        assertTrue(left.box().getMinX() > at.get("leftmost")[0], "right of a node at the left edge: " + left);
    }
}
