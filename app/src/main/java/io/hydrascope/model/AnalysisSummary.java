package io.hydrascope.model;

import java.util.List;

/** What an analysis run found, for the end-of-run summary and the window's status line. */
public record AnalysisSummary(long interactions, int accounts, int clusters, int flaggedClusters,
                              int flaggedAccounts, String newModel, double seconds, List<ClusterResult> flagged) {
}
