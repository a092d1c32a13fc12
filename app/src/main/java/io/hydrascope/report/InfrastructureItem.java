package io.hydrascope.report;

import java.time.Instant;

/**
 * One piece of infrastructure a cluster used: how much, by how many of its accounts, when, and how exclusive it is
 * to them ({@code exclusivity}: the share of the case's use of this value that came from these accounts, 0..1).
 */
public record InfrastructureItem(String value, long interactions, int accounts, Instant firstSeen, Instant lastSeen,
                                 double exclusivity) {
}
