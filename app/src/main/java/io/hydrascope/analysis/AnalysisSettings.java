package io.hydrascope.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tunable settings of an analysis run, stored with the results so a run can be reproduced. Loaded from JSON with
 * every field optional; unknown fields are an error (a typo must not silently fall back to a default).
 *
 * @param lockstepBucketSeconds width of the time windows compared for lockstep activity
 * @param minLockstepWindows windows an account must be active in before its timing is compared
 * @param creationBurstHours width of the window in which account creations count as one burst
 * @param flagThreshold cluster risk at or above which a cluster is flagged
 * @param minFlaggedAccounts a cluster needs at least this many accounts to be flagged (a network, not a user)
 * @param accountAffinityThreshold how much of a flagged cluster's behaviour an account must show itself
 * @param resolution Leiden resolution (modularity); higher gives smaller clusters
 * @param seed random seed of the community detection (same case and seed, same clusters)
 * @param newModel name of the newly launched model, or null to find it in the data
 * @param topicModel path of a topic model file written by {@code train-topics}, or null for the built-in model
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AnalysisSettings(
        Integer lockstepBucketSeconds,
        Integer minLockstepWindows,
        Integer creationBurstHours,
        Double flagThreshold,
        Integer minFlaggedAccounts,
        Double accountAffinityThreshold,
        Double resolution,
        Long seed,
        String newModel,
        String topicModel) {

    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(600, 6, 6, 0.35, 3, 0.35, 1.0, 42L, null,
            null);

    /** This object with every missing field taken from {@link #DEFAULTS}. */
    public AnalysisSettings withDefaults() {
        AnalysisSettings d = DEFAULTS;
        return new AnalysisSettings(
                lockstepBucketSeconds == null ? d.lockstepBucketSeconds : lockstepBucketSeconds,
                minLockstepWindows == null ? d.minLockstepWindows : minLockstepWindows,
                creationBurstHours == null ? d.creationBurstHours : creationBurstHours,
                flagThreshold == null ? d.flagThreshold : flagThreshold,
                minFlaggedAccounts == null ? d.minFlaggedAccounts : minFlaggedAccounts,
                accountAffinityThreshold == null ? d.accountAffinityThreshold : accountAffinityThreshold,
                resolution == null ? d.resolution : resolution,
                seed == null ? d.seed : seed,
                newModel, topicModel);
    }

    /** This object with another topic model file. */
    public AnalysisSettings withTopicModel(String path) {
        return new AnalysisSettings(lockstepBucketSeconds, minLockstepWindows, creationBurstHours, flagThreshold,
                minFlaggedAccounts, accountAffinityThreshold, resolution, seed, newModel, path);
    }

    public static AnalysisSettings load(Path file) {
        AnalysisSettings s;
        try {
            s = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), AnalysisSettings.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid analysis settings: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        s = s.withDefaults();
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ", problems));
        }
        return s;
    }

    List<String> problems() {
        List<String> p = new ArrayList<>();
        if (lockstepBucketSeconds < 10) {
            p.add("lockstepBucketSeconds must be at least 10");
        }
        if (minLockstepWindows < 2) {
            p.add("minLockstepWindows must be at least 2");
        }
        if (creationBurstHours < 1) {
            p.add("creationBurstHours must be at least 1");
        }
        if (flagThreshold <= 0 || flagThreshold >= 1) {
            p.add("flagThreshold must be between 0 and 1");
        }
        if (minFlaggedAccounts < 1) {
            p.add("minFlaggedAccounts must be at least 1");
        }
        if (accountAffinityThreshold < 0 || accountAffinityThreshold >= 1) {
            p.add("accountAffinityThreshold must be in [0, 1)");
        }
        if (resolution <= 0) {
            p.add("resolution must be positive");
        }
        return p;
    }
}
