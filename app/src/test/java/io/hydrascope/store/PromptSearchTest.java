package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.PromptHit;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSearchTest {
    @TempDir
    static Path dir;
    static Path casePath;

    @BeforeAll
    static void copyCase() throws Exception {
        casePath = Files.copy(AnalysedCase.shared(), dir.resolve("case.hcase"));
    }

    @Test
    void saysHowFarTheIndexIsAndFindsPromptsOnceBuilt() {
        try (CaseStore store = CaseStore.open(casePath)) {
            try (ReadSession session = store.newReader()) {
                PromptSearch search = new PromptSearch(session);
                if (!search.status().ready()) {
                    assertTrue(search.status().fraction() < 1);
                    assertEquals(0, search.search("pytest", false, InteractionCriteria.NONE, 10).matches());
                }
            }
            store.promptIndex().build(ProgressListener.NONE, new CancellationToken());
            try (ReadSession session = store.newReader()) {
                PromptSearch search = new PromptSearch(session);
                assertTrue(search.status().ready());
                PromptSearch.Result result = search.search("pytest", false, InteractionCriteria.NONE, 20);
                assertEquals(20, result.hits().size());
                assertEquals(10 * 7 * 12 - 2, result.matches()); // two of them were replaced by odd prompts
                PromptRow hit = result.hits().get(0);
                assertTrue(hit.preview().contains(PromptHit.MATCH_START + "pytest" + PromptHit.MATCH_END),
                        hit.preview());
                assertEquals("coding", hit.topic());
                String full = search.highlighted("pytest", false, hit.interactionId());
                assertTrue(full.startsWith("Write a Python function"), full);
                assertTrue(full.contains(PromptHit.MATCH_START + "pytest" + PromptHit.MATCH_END));
            }
        }
    }

    @Test
    void appliesTheViewFilterAndQuerySyntax() {
        try (CaseStore store = CaseStore.open(casePath)) {
            store.promptIndex().build(ProgressListener.NONE, new CancellationToken());
            try (ReadSession session = store.newReader()) {
                PromptSearch search = new PromptSearch(session);
                long all = search.search("pytest", false, InteractionCriteria.NONE, 5).matches();
                long newModel = search.search("pytest", false, new InteractionCriteria(Set.of(), Set.of("atlas-4"),
                        null, 0), 5).matches();
                assertTrue(newModel > 0 && newModel < all, newModel + " of " + all);
                assertEquals(0, search.search("pytest", false, new InteractionCriteria(Set.of("general"), Set.of(),
                        null, 0), 5).matches());
                long either = search.search("pytest OR Lisbon", true, InteractionCriteria.NONE, 5).matches();
                long lisbon = search.search("Lisbon", false, InteractionCriteria.NONE, 5).matches();
                assertEquals(all + lisbon, either);
                assertTrue(search.search("pyt*", true, InteractionCriteria.NONE, 5).matches() >= all);
                assertEquals(0, search.search("pytest OR Lisbon", false, InteractionCriteria.NONE, 5).matches());
            }
        }
    }

    @Test
    void explainsAMalformedQueryInsteadOfFailing() {
        try (CaseStore store = CaseStore.open(casePath); ReadSession session = store.newReader()) {
            PromptSearch search = new PromptSearch(session);
            for (String bad : new String[] {"pytest AND", "\"unterminated", "(a OR", "a:b", "NEAR(a b", "x -y"}) {
                SearchQueryException e = assertThrows(SearchQueryException.class,
                        () -> search.search(bad, true, InteractionCriteria.NONE, 5), bad);
                assertTrue(e.getMessage().contains("double quote"), e.getMessage());
                assertFalse(e.getMessage().contains("SQLITE"), e.getMessage());
            }
            assertEquals(0, search.search("\"unterminated AND (", false, InteractionCriteria.NONE, 5).matches());
        }
    }
}
