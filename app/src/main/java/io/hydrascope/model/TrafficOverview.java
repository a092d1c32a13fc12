package io.hydrascope.model;

import java.util.List;
import java.util.Map;

/**
 * The whole case's traffic, summarised per hour and model. {@code modelFirstSeen} holds each model's first
 * interaction (micros), which marks when a model launched as far as this log can tell; both maps are ordered by
 * first appearance. Times are null for a case without interactions.
 */
public record TrafficOverview(
        long interactions,
        Long firstMicros,
        Long lastMicros,
        Map<String, Long> modelCounts,
        Map<String, Long> modelFirstSeen,
        long bucketMicros,
        List<BucketCount> buckets) {
    public static final long HOUR_MICROS = 3_600_000_000L;

    public static TrafficOverview empty() {
        return new TrafficOverview(0, null, null, Map.of(), Map.of(), HOUR_MICROS, List.of());
    }
}
