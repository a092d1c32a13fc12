package io.hydrascope.ui.graph;

/**
 * One line of the table beside the graph: a cluster (overview) or an account (drill-down).
 *
 * @param target the cluster id or account id
 * @param name sanitised label
 * @param size accounts of a cluster, interactions of an account
 * @param links links of a cluster to other clusters, keys an account shares inside its cluster
 * @param shown whether the graph draws it (big clusters are capped)
 */
public record GraphRow(String target, String name, double risk, boolean flagged, long size, int links,
                       boolean shown) {
}
