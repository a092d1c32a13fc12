package io.hydrascope.report;

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
}
