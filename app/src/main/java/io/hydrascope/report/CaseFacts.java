package io.hydrascope.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reader needs to reproduce the findings: the source files with their SHA-256, the time range, and the
 * analysis run (engine version, settings, baselines and the model launch it found).
 *
 * @param caseName file name of the case (no folder: reports are shared outside the machine)
 * @param settings the analysis settings as name to value text, in stored order
 * @param settingsJson the settings exactly as stored with the results
 * @param baselines case-wide rates the signals were compared with, by name
 * @param launch when the new model appeared, or null when the case shows no launch
 */
public record CaseFacts(String caseName, List<DataFile> files, long interactions, long accounts, Instant firstSeen,
                        Instant lastSeen, String analysisVersion, Instant analysedAt, Map<String, String> settings,
                        String settingsJson, Map<String, Double> baselines, String newModel, String previousModel,
                        Instant launch, int clusters, int flaggedClusters) {

    /** One imported source file. {@code sha256} is null for an import that never reached the end of its file. */
    public record DataFile(String name, String kind, String format, String sha256, long rows, long imported,
                           String status) {
    }
}
