package io.hydrascope.report;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.store.AnnotationRepository;
import io.hydrascope.store.ReadSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The case's annotations, read once and looked up by target while a report is assembled. */
final class AnnotationIndex {
    private final Map<String, List<Annotation>> byTarget = new LinkedHashMap<>();
    private final List<Annotation> all;

    private AnnotationIndex(List<Annotation> all) {
        this.all = all;
        for (Annotation a : all) {
            byTarget.computeIfAbsent(key(a.target(), a.targetId()), k -> new ArrayList<>()).add(a);
        }
    }

    static AnnotationIndex load(ReadSession session) {
        return new AnnotationIndex(AnnotationRepository.reading(session).all());
    }

    List<Annotation> of(AnnotationTarget target, String id) {
        return byTarget.getOrDefault(key(target, id), List.of());
    }

    List<Annotation> all() {
        return all;
    }

    /** Request ids of bookmarked interactions, in bookmark order. */
    List<String> bookmarkedInteractions() {
        return all.stream().filter(a -> a.bookmarked() && a.target() == AnnotationTarget.INTERACTION)
                .map(Annotation::targetId).distinct().toList();
    }

    boolean isBookmarked(AnnotationTarget target, String id) {
        return of(target, id).stream().anyMatch(Annotation::bookmarked);
    }

    /** Tags of one target, in the order they were added, without repeats. */
    List<String> tags(AnnotationTarget target, String id) {
        return of(target, id).stream().map(Annotation::tag).filter(t -> t != null && !t.isBlank()).distinct()
                .toList();
    }

    static AnnotationLine line(Annotation a) {
        String target = switch (a.target()) {
            case CASE -> "case";
            case ACCOUNT -> "account " + a.targetId();
            case CLUSTER -> "network " + a.targetId();
            case INTERACTION -> "interaction " + a.targetId();
        };
        return new AnnotationLine(target, a.tag(), a.note(), a.bookmarked(), a.author(), a.createdAt());
    }

    private static String key(AnnotationTarget target, String id) {
        return target.dbValue() + '\u0000' + id;
    }
}
