package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures how long the graph page's render thread takes to draw a drill-down of 1,500 accounts and 500 keys
 * (2,000 nodes) with {@code EDGES} links into a 1,120 × 820 picture, the first frame's main cost; not a test.
 * {@code GraphPainterBenchmark [EDGES]}.
 */
public final class GraphPainterBenchmark {
    private GraphPainterBenchmark() {
    }

    public static void main(String[] args) {
        int edgeCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(42);
        List<GraphScene.Node> nodes = new ArrayList<>();
        String[] kinds = NodeKinds.KEY_COLOURS.keySet().toArray(String[]::new);
        for (int i = 0; i < 2000; i++) {
            boolean account = i < 1500;
            nodes.add(new GraphScene.Node("n" + i, account ? NodeKinds.ACCOUNT : kinds[i % kinds.length], "node " + i,
                    "", random.nextDouble(), random.nextDouble(), account ? 8 : 10, random.nextDouble(),
                    random.nextInt(4) == 0, account ? "a" + i : null, i % 200 == 0));
        }
        List<GraphScene.Edge> edges = new ArrayList<>();
        for (int i = 0; i < edgeCount; i++) {
            int key = 1500 + random.nextInt(500);
            edges.add(new GraphScene.Edge("n" + random.nextInt(1500), "n" + key, nodes.get(key).kind(), 1, ""));
        }
        GraphScene scene = new GraphScene(GraphMode.CLUSTER, "bench", nodes, edges, "", "");
        GraphViewport view = GraphViewport.fit(1120, 820);
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            GraphPainter.paint(scene, view, () -> false);
            System.out.printf(Locale.ROOT, "paint 2,000 nodes, %,d edges: %.0f ms%n", edgeCount,
                    (System.nanoTime() - start) / 1e6);
        }
    }
}
