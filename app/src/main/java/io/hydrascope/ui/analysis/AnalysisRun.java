package io.hydrascope.ui.analysis;

import java.time.Instant;

/** One finished analysis run of the case. {@code description}: e.g. "24 clusters, 3 flagged". */
public record AnalysisRun(String runId, Instant finishedAt, String description) {
}
