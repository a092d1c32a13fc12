package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;
import java.util.Set;

/**
 * The filters every investigation view honours, shared through {@link WorkspaceState#filterProperty()}: analyst
 * tags, a minimum risk, topics, models and a time window. An empty set or a null window means "no restriction".
 *
 * @param tags accounts/clusters/interactions carrying at least one of these tags
 * @param minRisk clusters and accounts at or above this risk (0 = all)
 * @param topics interactions classified as one of these topic ids
 * @param models interactions made with one of these models
 * @param window interactions inside this time range, or null for the whole case
 */
public record ViewFilter(Set<String> tags, double minRisk, Set<String> topics, Set<String> models, TimeRange window) {
    /** No restriction at all. */
    public static final ViewFilter NONE = new ViewFilter(Set.of(), 0, Set.of(), Set.of(), null);

    public ViewFilter {
        tags = Set.copyOf(tags);
        topics = Set.copyOf(topics);
        models = Set.copyOf(models);
        if (minRisk < 0 || minRisk > 1 || Double.isNaN(minRisk)) {
            throw new IllegalArgumentException("minRisk must be within [0, 1]: " + minRisk);
        }
    }

    public boolean isEmpty() {
        return tags.isEmpty() && minRisk == 0 && topics.isEmpty() && models.isEmpty() && window == null;
    }
}
