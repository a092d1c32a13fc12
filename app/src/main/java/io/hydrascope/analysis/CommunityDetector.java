package io.hydrascope.analysis;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Community detection with the Leiden algorithm (modularity, CWTS networkanalysis) on a weighted undirected graph.
 * Deterministic for a given graph, resolution and seed.
 */
public final class CommunityDetector {
    /** Leiden iterations; the reference implementation defaults to 2, more rarely changes the partition. */
    private static final int ITERATIONS = 2;

    private final double resolution;
    private final long seed;

    public CommunityDetector(double resolution, long seed) {
        this.resolution = resolution;
        this.seed = seed;
    }

    /**
     * @param nodes number of nodes
     * @param from edge sources (each undirected edge once)
     * @param to edge targets
     * @param weights edge weights
     * @return the community of each node, numbered from 0 by decreasing size
     */
    public int[] detect(int nodes, int[] from, int[] to, double[] weights) {
        if (from.length == 0) {
            int[] singletons = new int[nodes];
            for (int i = 0; i < nodes; i++) {
                singletons[i] = i;
            }
            return singletons;
        }
        Network network = new Network(nodes, true, new LargeIntArray[] {new LargeIntArray(from),
            new LargeIntArray(to)}, new LargeDoubleArray(weights), false, false);
        double scaled = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        LeidenAlgorithm leiden = new LeidenAlgorithm(scaled, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS,
                new Random(seed));
        Clustering clustering = leiden.findClustering(network);
        clustering.orderClustersByNNodes();
        return clustering.getClusters();
    }
}
