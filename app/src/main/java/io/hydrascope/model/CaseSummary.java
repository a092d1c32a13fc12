package io.hydrascope.model;

import java.util.Map;

/**
 * The case at a glance. Times are microseconds since the epoch, or null for an empty case.
 * {@code quarantineReasons} maps each reason to its row count, most frequent first.
 */
public record CaseSummary(
        long interactions,
        long accounts,
        long quarantined,
        long duplicates,
        long imports,
        Long firstTimestampMicros,
        Long lastTimestampMicros,
        Map<String, Long> models,
        Map<String, Long> quarantineReasons,
        boolean searchReady) {
}
