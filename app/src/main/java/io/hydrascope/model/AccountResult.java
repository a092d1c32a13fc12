package io.hydrascope.model;

import java.util.Map;

/** The analysis of one account: its cluster, its own signals, its risk and verdict, its main topic. */
public record AccountResult(long accountRef, String accountId, long clusterId, double risk, boolean flagged,
                            String topTopic, long interactions, Map<String, Double> signals) {
}
