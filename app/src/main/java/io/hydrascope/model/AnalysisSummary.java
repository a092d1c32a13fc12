package io.hydrascope.model;

import java.util.List;

/**
 * What an analysis run found, for the end-of-run summary and the window's status line.
 *
 * @param topicModel the topic model's name and SHA-256 prefix, e.g. {@code built-in (318965a54537)}
 * @param lowConfidenceShare the share of interactions whose own topic the model gave with low confidence
 */
public record AnalysisSummary(long interactions, int accounts, int clusters, int flaggedClusters,
                              int flaggedAccounts, String newModel, double seconds, List<ClusterResult> flagged,
                              String topicModel, double lowConfidenceShare) {
}
