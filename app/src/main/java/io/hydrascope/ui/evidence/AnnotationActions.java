package io.hydrascope.ui.evidence;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.store.AnnotationRepository;
import io.hydrascope.ui.core.CaseAnnotations;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tagging, notes and bookmarks from any view: every write runs on the database-writer lane and reads the case's
 * annotations back in the same task, so {@link WorkspaceState#annotations()} (and every tag column bound to it)
 * shows the result at once. FX thread only.
 */
public final class AnnotationActions {
    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Signature signature;

    /** Who signs what the analyst writes, and the words that say so in the note dialog. */
    public interface Signature {
        /** The name annotations are signed with now. */
        String author();

        /** "Signed as Dana · change it in File → Settings…". */
        String describe();

        /** Signs with the operating system's user name (for tests and tools without settings). */
        static Signature systemUser() {
            String name = System.getProperty("user.name", "analyst");
            return new Signature() {
                @Override
                public String author() {
                    return name;
                }

                @Override
                public String describe() {
                    return "Signed as " + name + ".";
                }
            };
        }
    }

    public AnnotationActions(WorkspaceState workspace, TaskRunner tasks, DialogService dialogs, Signature signature) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.signature = signature;
        workspace.openCaseProperty().addListener((o, a, b) -> ensureLoaded());
        ensureLoaded();
    }

    public WorkspaceState workspace() {
        return workspace;
    }

    public CaseAnnotations annotations() {
        return workspace.annotations();
    }

    /** Reads the open case's annotations unless they were read already. */
    public void ensureLoaded() {
        OpenCase open = workspace.openCase();
        if (open != null && !annotations().isLoadedFor(open)) {
            refresh();
        }
    }

    /** Reads the open case's annotations again. */
    public void refresh() {
        OpenCase open = workspace.openCase();
        if (open == null) {
            return;
        }
        tasks.read("Reading annotations", (p, cancel) -> AnnotationRepository.reading(open.reader()).all())
                .onSuccess(list -> show(open, list))
                .onFailure(e -> dialogs.showError("Cannot read annotations", DialogService.describe(e))).start();
    }

    /** Adds {@code tag} to the item unless it carries it already. */
    public void tag(AnnotationTarget target, String targetId, String tag) {
        if (targetId == null || tag == null || tag.isBlank()
                || annotations().tagsOf(target, targetId).contains(tag.strip())) {
            return;
        }
        String author = signature.author();
        write("Tagging " + targetId, repo -> repo.addTag(target, targetId, tag.strip(), author));
    }

    /** Adds the tag when the item lacks it, removes it otherwise. */
    public void toggleTag(AnnotationTarget target, String targetId, String tag) {
        if (annotations().tagsOf(target, targetId).contains(tag)) {
            removeTag(target, targetId, tag);
        } else {
            tag(target, targetId, tag);
        }
    }

    /** Takes {@code tag} off the item; annotations that also carry a note or a bookmark keep those. */
    public void removeTag(AnnotationTarget target, String targetId, String tag) {
        List<Annotation> matching = annotations().all().stream().filter(a -> a.target() == target
                && a.targetId().equals(targetId) && tag.equals(a.tag())).toList();
        if (!matching.isEmpty()) {
            write("Removing tag from " + targetId, repo -> matching.forEach(a -> keepRest(repo, a, null,
                    a.bookmarked())));
        }
    }

    /** Asks for a tag of the analyst's own and adds it. */
    public void askTag(AnnotationTarget target, String targetId) {
        dialogs.askText("Tag " + describe(target, targetId), "Tag (e.g. \"proxy reseller\")", "")
                .ifPresent(tag -> tag(target, targetId, tag));
    }

    /** Asks for a free-text note and attaches it to the item (or the case). */
    public void askNote(AnnotationTarget target, String targetId) {
        String author = signature.author();
        dialogs.askNote("Add note", "Note on " + describe(target, targetId), "", signature.describe())
                .ifPresent(note -> write("Saving note", repo -> repo.addNote(target, targetId, note, author)));
    }

    /** Bookmarks an interaction as evidence, or takes its bookmark away. */
    public void toggleBookmark(String requestId) {
        if (requestId == null) {
            return;
        }
        if (!annotations().isBookmarked(requestId)) {
            String author = signature.author();
            write("Bookmarking " + requestId, repo -> repo.bookmark(AnnotationTarget.INTERACTION, requestId, null,
                    author));
            return;
        }
        List<Annotation> marks = annotations().all().stream().filter(a -> a.target() == AnnotationTarget.INTERACTION
                && a.targetId().equals(requestId) && a.bookmarked()).toList();
        write("Removing bookmark", repo -> marks.forEach(a -> keepRest(repo, a, a.tag(), false)));
    }

    /** Asks for a new note text for one annotation. */
    public void editNote(Annotation a) {
        dialogs.askNote("Edit note", "Note on " + describe(a.target(), a.targetId()),
                a.note() == null ? "" : a.note(), "Written by " + a.author() + ".").ifPresent(note ->
                write("Saving note", repo -> repo.update(a.id(), a.tag(), note, a.bookmarked())));
    }

    /** Asks for a new tag for one annotation. */
    public void editTag(Annotation a) {
        dialogs.askText("Change tag", "Tag on " + describe(a.target(), a.targetId()),
                a.tag() == null ? "" : a.tag()).ifPresent(tag ->
                write("Saving tag", repo -> repo.update(a.id(), tag, a.note(), a.bookmarked())));
    }

    /** Deletes one annotation after asking. */
    public void remove(Annotation a) {
        if (dialogs.confirm("Remove annotation", "Remove this annotation on " + describe(a.target(), a.targetId())
                + "?")) {
            write("Removing annotation", repo -> repo.remove(a.id()));
        }
    }

    static String describe(AnnotationTarget target, String targetId) {
        return switch (target) {
            case CASE -> "the case";
            case ACCOUNT -> "account " + targetId;
            case CLUSTER -> "network " + targetId;
            case INTERACTION -> "request " + targetId;
        };
    }

    /** Drops what is being removed; deletes the annotation when nothing is left of it. */
    private static void keepRest(AnnotationRepository repo, Annotation a, String tag, boolean bookmarked) {
        if (tag == null && a.note() == null && !bookmarked) {
            repo.remove(a.id());
        } else {
            repo.update(a.id(), tag, a.note(), bookmarked);
        }
    }

    private void write(String title, Consumer<AnnotationRepository> change) {
        OpenCase open = workspace.openCase();
        if (open == null) {
            return;
        }
        tasks.write(title, (p, cancel) -> {
            AnnotationRepository repo = open.writer().annotations();
            change.accept(repo);
            return repo.all();
        }).onSuccess(list -> show(open, list))
                .onFailure(e -> dialogs.showError("Cannot save the annotation", DialogService.describe(e))).start();
    }

    private void show(OpenCase from, List<Annotation> list) {
        if (workspace.openCase() == from && !from.isClosed()) {
            annotations().set(from, list);
        }
    }
}
