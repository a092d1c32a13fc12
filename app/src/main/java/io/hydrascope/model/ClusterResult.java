package io.hydrascope.model;

import java.util.List;
import java.util.Map;

/** A group of accounts that act as one, with its risk, verdict and the signals that explain it. */
public record ClusterResult(long id, String label, int accounts, long interactions, double risk, boolean flagged,
                            Long firstTimestampMicros, Long lastTimestampMicros, Map<String, Double> topicShares,
                            String headline, List<ClusterSignal> signals) {
}
