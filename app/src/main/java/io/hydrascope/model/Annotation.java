package io.hydrascope.model;

import java.time.Instant;

/**
 * One analyst annotation: a tag, a note, a bookmark (bookmarked interactions are the case's evidence), or a
 * combination. {@code tag}, {@code note} and {@code author} may be null.
 */
public record Annotation(long id, AnnotationTarget target, String targetId, String tag, String note,
                         boolean bookmarked, Instant createdAt, String author) {
}
