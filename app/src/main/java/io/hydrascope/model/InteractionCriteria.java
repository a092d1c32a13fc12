package io.hydrascope.model;

import java.util.Set;

/**
 * Restrictions on which interactions a query counts. An empty set or a null window means "no restriction".
 *
 * @param topics interactions classified as one of these topic ids
 * @param models interactions made with one of these models
 * @param window interactions inside this time range, or null
 * @param minRisk interactions of accounts whose analysed risk is at least this (0 = all accounts)
 */
public record InteractionCriteria(Set<String> topics, Set<String> models, TimeRange window, double minRisk) {
    public static final InteractionCriteria NONE = new InteractionCriteria(Set.of(), Set.of(), null, 0);

    public InteractionCriteria {
        topics = Set.copyOf(topics);
        models = Set.copyOf(models);
    }

    public boolean isEmpty() {
        return topics.isEmpty() && models.isEmpty() && window == null && minRisk <= 0;
    }
}
