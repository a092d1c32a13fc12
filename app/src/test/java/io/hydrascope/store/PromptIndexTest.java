package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.Interaction;
import io.hydrascope.model.PromptHit;
import io.hydrascope.model.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptIndexTest {
    @TempDir
    Path dir;

    @Test
    void searchIsNotReadyUntilBuiltThenFindsAndMarksMatches() {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("s.hcase"))) {
            long importId = store.imports().start("f.csv", "/f.csv", 1, "h", null, "test", 
                    io.hydrascope.model.DataKind.INTERACTIONS);
            try (BulkImportWriter w = new BulkImportWriter(store, importId, "f.csv", ImportCounts.ZERO, 0)) {
                w.addInteraction(row("r1", "Explain the reasoning behind this completed answer step by step"),
                        RequestKeys.of("r1"), 2, 0);
                w.addInteraction(row("r2", "What should I cook tonight?"), RequestKeys.of("r2"), 3, 0);
                w.commitChunk();
            }
            assertFalse(store.promptIndex().isReady());
            store.promptIndex().build(ProgressListener.NONE, new CancellationToken());
            assertTrue(store.promptIndex().isReady());
            List<PromptHit> hits = store.promptIndex().search("reasoning step", 10);
            assertEquals(1, hits.size());
            assertEquals("r1", hits.get(0).requestId());
            assertTrue(hits.get(0).snippet().contains(PromptHit.MATCH_START + "reasoning" + PromptHit.MATCH_END));
            assertEquals(0, store.promptIndex().search("\"unbalanced OR (", 10).size());
        }
    }

    private static Interaction row(String id, String prompt) {
        return new Interaction(id, 1_000_000L, "acct", null, null, null, null, null, null, null, null, null, prompt);
    }

}
