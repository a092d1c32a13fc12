package io.hydrascope.model;

/** Interactions of one model in one time bucket starting at {@code bucketStartMicros}. */
public record BucketCount(long bucketStartMicros, String model, long count) {
}
