package io.hydrascope.ui.core;

import io.hydrascope.model.InteractionFilter;
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

    /** The model and topic part, as the store's listings take it. */
    public InteractionFilter interactions() {
        return new InteractionFilter(models, topics);
    }

    /**
     * The part of {@code range} inside the filter's window: {@code range} itself without a window, null when they do
     * not overlap.
     */
    public TimeRange clip(TimeRange range) {
        if (window == null || range == null) {
            return range;
        }
        long from = Math.max(range.fromMicros(), window.fromMicros());
        long to = Math.min(range.toMicros(), window.toMicros());
        return from < to ? new TimeRange(from, to) : null;
    }

    public ViewFilter withTags(Set<String> newTags) {
        return new ViewFilter(newTags, minRisk, topics, models, window);
    }

    public ViewFilter withMinRisk(double newMinRisk) {
        return new ViewFilter(tags, newMinRisk, topics, models, window);
    }

    public ViewFilter withTopics(Set<String> newTopics) {
        return new ViewFilter(tags, minRisk, newTopics, models, window);
    }

    public ViewFilter withModels(Set<String> newModels) {
        return new ViewFilter(tags, minRisk, topics, newModels, window);
    }

    public ViewFilter withWindow(TimeRange newWindow) {
        return new ViewFilter(tags, minRisk, topics, models, newWindow);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && minRisk == 0 && topics.isEmpty() && models.isEmpty() && window == null;
    }
}
