package io.hydrascope.model;

import java.util.Set;

/**
 * Which interactions a listing keeps besides its accounts and time range: made with one of {@code models} and
 * classified as one of {@code topics}. An empty set means "no restriction".
 */
public record InteractionFilter(Set<String> models, Set<String> topics) {
    public static final InteractionFilter NONE = new InteractionFilter(Set.of(), Set.of());

    public InteractionFilter {
        models = Set.copyOf(models);
        topics = Set.copyOf(topics);
    }

    public boolean isEmpty() {
        return models.isEmpty() && topics.isEmpty();
    }
}
