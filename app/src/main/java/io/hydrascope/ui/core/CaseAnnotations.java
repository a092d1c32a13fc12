package io.hydrascope.ui.core;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The open case's analyst annotations as last read, so every view can show tags where it lists items and honour
 * the tag filter without a query of its own. {@link #versionProperty()} grows whenever they were read again (after
 * every tag, note or bookmark written from any view). FX thread only; filled by the evidence actions.
 */
public final class CaseAnnotations {
    /** The tags the workbench offers on every item; analysts may add their own. */
    public static final List<String> STANDARD_TAGS = List.of("confirmed", "false positive", "needs review");

    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private List<Annotation> all = List.of();
    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Set<String> bookmarked = new LinkedHashSet<>();
    private OpenCase loadedFor;

    /** Replaces what is known with the annotations just read from {@code from}. */
    public void set(OpenCase from, List<Annotation> annotations) {
        loadedFor = from;
        all = List.copyOf(annotations);
        tags.clear();
        bookmarked.clear();
        for (Annotation a : annotations) {
            if (a.tag() != null) {
                tags.computeIfAbsent(key(a.target(), a.targetId()), k -> new TreeSet<>()).add(a.tag());
            }
            if (a.bookmarked() && a.target() == AnnotationTarget.INTERACTION) {
                bookmarked.add(a.targetId());
            }
        }
        version.set(version.get() + 1);
    }

    /** Forgets everything (the case closed or changed). */
    public void clear() {
        set(null, List.of());
    }

    /** Whether the annotations of {@code openCase} were read already. */
    public boolean isLoadedFor(OpenCase openCase) {
        return openCase != null && loadedFor == openCase;
    }

    public List<Annotation> all() {
        return all;
    }

    /** The tags on one item, sorted; empty when it has none. */
    public Set<String> tagsOf(AnnotationTarget target, String targetId) {
        return tags.getOrDefault(key(target, targetId), Set.of());
    }

    /** Whether the item carries at least one of {@code wanted} (true when nothing is wanted). */
    public boolean hasAnyTag(AnnotationTarget target, String targetId, Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String t : tagsOf(target, targetId)) {
            if (wanted.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Ids of the items of one kind carrying at least one of {@code wanted}. */
    public Set<String> tagged(AnnotationTarget target, Collection<String> wanted) {
        Set<String> out = new LinkedHashSet<>();
        for (Annotation a : all) {
            if (a.target() == target && a.tag() != null && wanted.contains(a.tag())) {
                out.add(a.targetId());
            }
        }
        return out;
    }

    public boolean isBookmarked(String requestId) {
        return bookmarked.contains(requestId);
    }

    /** The standard tags followed by every other tag used in the case, for pickers. */
    public List<String> knownTags() {
        List<String> out = new ArrayList<>(STANDARD_TAGS);
        all.stream().map(Annotation::tag).filter(t -> t != null && !out.contains(t)).distinct().sorted()
                .forEach(out::add);
        return out;
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    private static String key(AnnotationTarget target, String id) {
        return target.dbValue() + "\u0000" + id;
    }
}
