package io.hydrascope.report;

import java.time.Instant;
import java.util.List;

/**
 * Traffic over time by model, in buckets of {@code bucketSeconds}; {@code launch} and {@code newModel} mark the model
 * launch when the case has one. {@code models} lists the case's models in first-seen order (when the case has a
 * stored traffic summary), then any others of the points: a model's place in it is its colour.
 */
public record Timeline(long bucketSeconds, List<String> models, List<Point> points, Instant launch,
                       String newModel) {
    /** Interactions of one model in the bucket starting at {@code start}. */
    public record Point(Instant start, String model, long interactions) {
    }
}
