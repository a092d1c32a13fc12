package io.hydrascope.model;

/** How far the prompt search index has caught up: interactions indexed so far out of all of them (by row id). */
public record SearchIndexStatus(long indexedUpTo, long lastId) {
    public boolean ready() {
        return indexedUpTo >= lastId;
    }

    /** 0..1; 1 for an empty case. */
    public double fraction() {
        return lastId <= 0 ? 1 : Math.min(1, (double) indexedUpTo / lastId);
    }
}
