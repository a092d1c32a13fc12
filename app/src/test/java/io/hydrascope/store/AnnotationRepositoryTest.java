package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void storesTagsNotesAndBookmarksAndListsThemByTarget() {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("c.hcase"))) {
            AnnotationRepository notes = store.annotations();
            long tag = notes.addTag(AnnotationTarget.ACCOUNT, "acct-1", "proxy", "ana");
            notes.addNote(AnnotationTarget.ACCOUNT, "acct-1", "shares a card with acct-2", "ana");
            notes.bookmark(AnnotationTarget.INTERACTION, "req-9", null, "bo");
            notes.bookmark(AnnotationTarget.INTERACTION, "req-3", "templated", "bo");
            notes.bookmark(AnnotationTarget.INTERACTION, "req-9", "again", "bo");
            notes.addNote(AnnotationTarget.CLUSTER, "4", "campaign B", null);

            List<Annotation> account = notes.forTarget(AnnotationTarget.ACCOUNT, "acct-1");
            assertEquals(2, account.size());
            assertEquals("proxy", account.get(0).tag());
            assertEquals("shares a card with acct-2", account.get(1).note());
            assertEquals("ana", account.get(0).author());
            assertEquals(List.of("req-9", "req-3"), notes.bookmarkedRequestIds());
            assertEquals(3, notes.bookmarks(AnnotationTarget.INTERACTION).size());
            assertEquals(1, notes.ofKind(AnnotationTarget.CLUSTER).size());
            assertEquals(6, notes.all().size());
            assertTrue(notes.remove(tag));
            assertFalse(notes.remove(tag));
            try (ReadSession session = store.newReader()) {
                AnnotationRepository reader = AnnotationRepository.reading(session);
                assertEquals(1, reader.forTarget(AnnotationTarget.ACCOUNT, "acct-1").size());
                assertThrows(CaseStoreException.class,
                        () -> reader.addTag(AnnotationTarget.CASE, AnnotationTarget.CASE_ID, "x", null));
            }
        }
    }

    @Test
    void emptyTagsAndNotesAreRefused() {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("c.hcase"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> store.annotations().addTag(AnnotationTarget.ACCOUNT, "a", " ", null));
            assertThrows(IllegalArgumentException.class,
                    () -> store.annotations().addNote(AnnotationTarget.ACCOUNT, "", "n", null));
        }
    }
}
