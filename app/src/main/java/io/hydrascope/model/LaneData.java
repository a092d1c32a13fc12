package io.hydrascope.model;

import java.util.List;

/**
 * One account's lane in a cluster timeline: its creation time (micros, or null when unknown) and its interactions
 * counted per time bucket and model, for the window and bucket size that were asked for.
 */
public record LaneData(String accountId, Long createdMicros, List<BucketCount> buckets) {
}
