package io.hydrascope.model;

import java.time.Instant;

/**
 * The latest finished analysis run of a case: its engine version, the settings it used and the summary it stored
 * (case baselines and the model launch), both as the JSON text kept in the case, so a reader can reproduce it.
 */
public record AnalysisRun(long id, Instant startedAt, Instant finishedAt, String version, String settingsJson,
                          String summaryJson) {
}
