package io.hydrascope.scenario;

import java.util.List;

/**
 * What a generation run produced: totals, counts per population and campaign, and a short description for people.
 *
 * @param description one paragraph saying what is in the data and what to look for
 */
public record GenerationSummary(String description, long interactions, long accounts, String modelLaunch,
        List<SourceCount> sources) {

    /**
     * Counts of one population or campaign.
     *
     * @param campaign the campaign id, or {@code benign}
     * @param population the population kind or campaign archetype
     * @param newModelInteractions interactions that used the new model
     */
    public record SourceCount(String id, String campaign, String population, long accounts, long interactions,
            long newModelInteractions) {
    }
}
