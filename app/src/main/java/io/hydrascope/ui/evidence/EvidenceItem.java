package io.hydrascope.ui.evidence;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.NetworkName;

/**
 * One row of the Evidence page: an annotation and what it is attached to. For an interaction, {@code accountId},
 * {@code timestampMicros} and {@code excerpt} come from the case (null until read, or when the request id is no
 * longer in it).
 */
public record EvidenceItem(Annotation annotation, String accountId, Long timestampMicros, String excerpt) {
    static final int EXCERPT_CHARS = 160;

    /** What kind of item, as the kind filter names it. */
    public String kind() {
        return switch (annotation.target()) {
            case CASE -> "Case";
            case ACCOUNT -> "Account";
            case CLUSTER -> "Network";
            case INTERACTION -> "Interaction";
        };
    }

    /** The item as a person names it: "the case", "Network 3", an account id or a request id. */
    public String item() {
        return switch (annotation.target()) {
            case CASE -> "the case";
            case CLUSTER -> NetworkName.of(annotation.targetId());
            case ACCOUNT, INTERACTION -> annotation.targetId();
        };
    }

    /** The annotation in a word: bookmark, tag, note. */
    public String what() {
        StringBuilder sb = new StringBuilder();
        if (annotation.bookmarked()) {
            sb.append("★ evidence");
        }
        if (annotation.tag() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append(annotation.tag());
        }
        if (annotation.note() != null && sb.length() == 0) {
            sb.append("note");
        }
        return sb.toString();
    }

    EvidenceItem withInteraction(String account, long ts, String prompt) {
        String text = prompt == null ? "" : prompt.strip().replaceAll("\\s+", " ");
        return new EvidenceItem(annotation, account, ts, text.length() > EXCERPT_CHARS
                ? text.substring(0, EXCERPT_CHARS) + "…" : text);
    }
}
