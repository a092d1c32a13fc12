package io.hydrascope.analysis.graph;

import java.util.List;
import java.util.Map;

/**
 * A laid-out picture of the latest analysis run from above: one node per cluster and one link per pair of clusters
 * whose accounts share infrastructure or behaviour keys. {@code note} says what was left out (empty when nothing).
 */
public record ClusterOverview(List<ClusterNode> clusters, List<ClusterLink> links, int totalClusters,
                              int shownClusters, String note) {
    public static final ClusterOverview EMPTY = new ClusterOverview(List.of(), List.of(), 0, 0, "");

    /** One cluster: its size, risk and layout position (normalised to [0, 1]). */
    public record ClusterNode(long clusterId, String label, int accounts, long interactions, double risk,
                              boolean flagged, double x, double y) {
        public String nodeId() {
            return "c" + clusterId;
        }
    }

    /**
     * Two clusters sharing keys: how many keys, and how many of each kind (ip, subnet, payment...).
     *
     * @param example one shared key, as "kind: value", to show what kind of evidence links them
     */
    public record ClusterLink(long fromCluster, long toCluster, int sharedKeys, Map<String, Integer> kinds,
                              String example) {
    }
}
