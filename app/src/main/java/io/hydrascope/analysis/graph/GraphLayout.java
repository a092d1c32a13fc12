package io.hydrascope.analysis.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.graphstream.stream.SinkAdapter;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * Force-directed layout with GraphStream's SpringBox, run to stabilisation on the calling thread with no viewer and
 * no toolkit. The random source is seeded and nodes and edges are fed in a fixed order, so the same graph and seed
 * give the same picture.
 */
final class GraphLayout {
    private final long seed;
    private final int maxSteps;

    GraphLayout(long seed, int maxSteps) {
        this.seed = seed;
        this.maxSteps = maxSteps;
    }

    /**
     * Positions by node id, normalised to [0, 1] on both axes (aspect kept, centred). Nodes without edges would drift
     * far from the rest and shrink the picture, so they are set in rows in a band along the bottom instead.
     */
    Map<String, double[]> layout(List<String> nodes, List<String[]> edges, Runnable checkCancelled) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (String[] e : edges) {
            linked.add(e[0]);
            linked.add(e[1]);
        }
        List<String> isolated = nodes.stream().filter(n -> !linked.contains(n)).toList();
        if (isolated.isEmpty() || isolated.size() == nodes.size()) {
            return isolated.isEmpty() ? force(nodes, edges, checkCancelled) : grid(nodes, 0, 1);
        }
        List<String> connected = nodes.stream().filter(linked::contains).toList();
        double band = Math.min(0.3, 0.06 * Math.ceil(Math.sqrt(isolated.size()) / 3));
        Map<String, double[]> out = new HashMap<>();
        force(connected, edges, checkCancelled).forEach((id, p) -> out.put(id, new double[] {
            p[0], p[1] * (1 - band - 0.04)}));
        out.putAll(grid(isolated, 1 - band, 1));
        return out;
    }

    /** Nodes in rows across the full width between {@code top} and {@code bottom}, in the given order. */
    private static Map<String, double[]> grid(List<String> nodes, double top, double bottom) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(nodes.size() * 6.0)));
        int rows = (nodes.size() + columns - 1) / columns;
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double x = columns == 1 ? 0.5 : (i % columns) / (double) (columns - 1);
            double y = rows == 1 ? (top + bottom) / 2 : top + (bottom - top) * (i / columns) / (rows - 1);
            out.put(nodes.get(i), new double[] {x, y});
        }
        return out;
    }

    private Map<String, double[]> force(List<String> nodes, List<String[]> edges, Runnable checkCancelled) {
        SpringBox box = new SpringBox(false, new Random(seed));
        box.setQuality(0.9);
        box.setStabilizationLimit(0.95);
        Map<String, double[]> raw = new HashMap<>();
        box.addAttributeSink(new SinkAdapter() {
            @Override
            public void nodeAttributeChanged(String sourceId, long timeId, String nodeId, String attribute,
                                             Object oldValue, Object newValue) {
                if ("xyz".equals(attribute) && newValue instanceof Object[] xyz && xyz.length >= 2) {
                    raw.put(nodeId, new double[] {((Number) xyz[0]).doubleValue(), ((Number) xyz[1]).doubleValue()});
                }
            }
        });
        long time = 0;
        for (String node : nodes) {
            box.nodeAdded("layout", time++, node);
        }
        int e = 0;
        for (String[] edge : edges) {
            box.edgeAdded("layout", time++, "e" + e++, edge[0], edge[1], false);
        }
        for (int step = 0; step < maxSteps && box.getStabilization() < box.getStabilizationLimit(); step++) {
            box.compute();
            if ((step & 15) == 0) {
                checkCancelled.run();
            }
        }
        box.clear();
        return normalise(nodes, raw);
    }

    private static Map<String, double[]> normalise(List<String> nodes, Map<String, double[]> raw) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : raw.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        double offX = (1 - (maxX - minX) / span) / 2;
        double offY = (1 - (maxY - minY) / span) / 2;
        Map<String, double[]> out = new HashMap<>();
        for (String node : nodes) {
            double[] p = raw.get(node);
            out.put(node, p == null ? new double[] {0.5, 0.5}
                    : new double[] {offX + (p[0] - minX) / span, offY + (p[1] - minY) / span});
        }
        return out;
    }
}
