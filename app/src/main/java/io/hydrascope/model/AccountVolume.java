package io.hydrascope.model;

/** An account and how many interactions it has, for ranked lists. */
public record AccountVolume(String accountId, long interactions) {
}
