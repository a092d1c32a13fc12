package io.hydrascope.model;

/**
 * One account as the timeline shows it: its profile (fields null when no accounts file was imported), its
 * ground-truth label when a labels file was imported, and the extent of its activity.
 */
public record AccountOverview(
        AccountProfile profile,
        String labelCampaign,
        String labelPopulation,
        long interactions,
        Long firstMicros,
        Long lastMicros) {
    public String accountId() {
        return profile.accountId();
    }
}
