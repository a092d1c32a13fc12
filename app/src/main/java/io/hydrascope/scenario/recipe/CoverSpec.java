package io.hydrascope.scenario.recipe;

import java.util.Map;

/**
 * Ordinary prompts a campaign mixes into its own traffic so that each account reads like a person
 * ({@code content-only} only): {@code share} of its interactions are cover conversations from the {@code topics}
 * pools, typed in the account's own voice and language.
 */
public record CoverSpec(Double share, Map<String, Double> topics) {

    public CoverSpec orDefaults(CoverSpec d) {
        if (d == null) {
            return this;
        }
        return new CoverSpec(Defaults.or(share, d.share), Defaults.orMap(topics, d.topics));
    }
}
