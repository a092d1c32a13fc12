package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.DataKind;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.Interaction;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How imports read: whether one that says running still runs, and what its counts claim. */
class ImportRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void runningImportReadsAsInterruptedAndResumableOnceItsProcessIsGone() throws Exception {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("owner.hcase"))) {
            ImportRepository imports = store.imports();
            long id = imports.start("f.csv", "/f.csv", 10, "head", null, "csv", DataKind.INTERACTIONS);
            assertEquals(ImportStatus.RUNNING, imports.find(id).orElseThrow().status(), "this process runs it");

            Process killed = new ProcessBuilder("sleep", "60").start();
            long started = killed.info().startInstant().orElseThrow().toEpochMilli();
            setOwner(store, id, new ImportOwner(killed.pid(), started));
            assertEquals(ImportStatus.RUNNING, imports.find(id).orElseThrow().status(), "its process still runs");
            killed.destroyForcibly().waitFor();
            ImportRecord r = imports.find(id).orElseThrow();
            assertEquals(ImportStatus.INTERRUPTED, r.status());
            assertEquals("interrupted, resumable", r.status().describe());
            assertEquals(ImportStatus.INTERRUPTED, ImportRepository.list(store.writer()).get(0).status());

            ImportOwner self = ImportOwner.current();
            setOwner(store, id, new ImportOwner(self.pid(), self.startMillis() - 3_600_000));
            assertEquals(ImportStatus.INTERRUPTED, imports.find(id).orElseThrow().status(),
                    "the same process id, but started an hour earlier: another process");

            imports.resume(id);
            assertEquals(ImportStatus.RUNNING, imports.find(id).orElseThrow().status());
            imports.finish(id, ImportStatus.FAILED, "disk full", null);
            assertEquals("failed, resumable", imports.find(id).orElseThrow().status().describe());
        }
    }

    @Test
    void rowsAnInterruptedLoadSetAsideArePendingNotDuplicates() {
        Path path = dir.resolve("pending.hcase");
        try (CaseStore store = CaseStore.openOrCreate(path)) {
            long id = store.imports().start("f.csv", "/f.csv", 10, "head", null, "csv", DataKind.INTERACTIONS);
            BulkImportWriter writer = new BulkImportWriter(store, id, "f.csv", ImportCounts.ZERO, 1_000);
            writer.addInteraction(row("r1"), RequestKeys.of("r1"), 2, 0);
            writer.addSuspect(row("r2"), RequestKeys.of("r2"), 3, 0);
            writer.addSuspect(row("r1"), RequestKeys.of("r1"), 4, 0);
            writer.commitChunk();
            // The process dies here: the writer never settles its suspects.
        }
        try (CaseStore store = CaseStore.openReadOnly(path)) {
            ImportRecord r = store.imports().list().get(0);
            assertEquals(new ImportCounts(3, 1, 0, 0, 0, 0, 2), r.counts());
            assertEquals(0, store.summaries().summary().duplicates());
        }
        try (CaseStore store = CaseStore.open(path)) {
            long id = store.imports().list().get(0).id();
            BulkImportWriter resumed = new BulkImportWriter(store, id, "f.csv",
                    store.imports().find(id).orElseThrow().counts(), 1_000);
            resumed.commitChunk();
            resumed.close();
            assertEquals(new ImportCounts(3, 2, 0, 1, 0, 0, 0), store.imports().find(id).orElseThrow().counts(),
                    "settled: r2 is new, the second r1 a duplicate");
            assertEquals(1, store.summaries().summary().duplicates());
        }
    }

    private static Interaction row(String requestId) {
        return new Interaction(requestId, 1_000_000L, "a1", null, null, "m", null, null, null, null, null, null,
                "prompt " + requestId);
    }

    private static void setOwner(CaseStore store, long importId, ImportOwner owner) throws Exception {
        try (PreparedStatement ps = store.writer().prepareStatement("UPDATE meta SET value = ? WHERE key = ?")) {
            ps.setString(1, owner.encode());
            ps.setString(2, ImportOwner.key(importId));
            assertEquals(1, ps.executeUpdate());
        }
    }
}
