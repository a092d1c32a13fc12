package io.hydrascope.ui.analysis;

import java.util.List;
import java.util.Map;

/**
 * A cluster of one analysis run, as the overview ranks it.
 *
 * @param risk in [0, 1]
 * @param headlineSignals the strongest signals, strongest first
 * @param topicShares topic id to share of the cluster's interactions (shares add up to 1)
 */
public record ClusterSummary(String clusterId, String label, int accounts, long interactions, double risk,
                             boolean flagged, List<SignalSummary> headlineSignals, Map<String, Double> topicShares) {
}
