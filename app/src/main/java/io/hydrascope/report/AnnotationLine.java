package io.hydrascope.report;

import java.time.Instant;

/**
 * An analyst tag or note as a report shows it: on what ({@code target}, e.g. "cluster 3", "account acct_x"), the
 * tag and/or note text, who and when. Text fields are free text and escaped by writers.
 */
public record AnnotationLine(String target, String tag, String note, boolean bookmarked, String author,
                             Instant createdAt) {
}
