package io.hydrascope.bench;

import io.hydrascope.analysis.CommunityDetector;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times the community detection on a planted-partition graph (the size the issue names: 24,000 nodes, 500,000
 * edges), so it can be compared with other implementations on the same kind of graph. Reports the time and how
 * well the planted groups were recovered.
 */
public final class ClusteringBenchmark {
    /** Figures of one run. {@code recovered}: share of nodes whose community's majority group is their own. */
    public record Result(int nodes, int edges, int groups, double seconds, int communities, double recovered) {
    }

    public Result run(int nodes, int edges, int groups, double withinShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            group[i] = random.nextInt(groups);
        }
        int[][] members = new int[groups][];
        int[] counts = new int[groups];
        for (int g : group) {
            counts[g]++;
        }
        for (int g = 0; g < groups; g++) {
            members[g] = new int[counts[g]];
        }
        int[] fill = new int[groups];
        for (int i = 0; i < nodes; i++) {
            members[group[i]][fill[group[i]]++] = i;
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        double[] weights = new double[edges];
        for (int e = 0; e < edges; e++) {
            int a = random.nextInt(nodes);
            int b;
            do {
                int[] pool = random.nextDouble() < withinShare ? members[group[a]] : null;
                b = pool == null ? random.nextInt(nodes) : pool[random.nextInt(pool.length)];
            } while (b == a);
            from[e] = a;
            to[e] = b;
            weights[e] = 1.0;
        }
        long t0 = System.nanoTime();
        int[] community = new CommunityDetector(1.0, seed).detect(nodes, from, to, weights);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(nodes, edges, groups, seconds, (int) Arrays.stream(community).distinct().count(),
                recovered(group, community, groups));
    }

    private static double recovered(int[] group, int[] community, int groups) {
        int communities = Arrays.stream(community).max().orElse(0) + 1;
        int[][] table = new int[communities][groups];
        for (int i = 0; i < group.length; i++) {
            table[community[i]][group[i]]++;
        }
        long correct = 0;
        for (int[] row : table) {
            correct += Arrays.stream(row).max().orElse(0);
        }
        return (double) correct / group.length;
    }
}
