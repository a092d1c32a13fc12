package io.hydrascope.model;

/**
 * One account of a cluster before its lane is drawn: when it was created and active, and how much it did. Times are
 * microseconds or null (no profile, no interactions).
 */
public record LaneSummary(String accountId, Long createdMicros, Long firstMicros, Long lastMicros,
                          long interactions) {
}
