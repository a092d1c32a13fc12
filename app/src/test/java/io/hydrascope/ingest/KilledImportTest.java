package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real import process midway (as a crash or kill -9 would) and checks the case it leaves behind. */
class KilledImportTest {
    @TempDir
    Path dir;

    @Test
    void killedImportLeavesAConsistentCaseAndRerunCompletesIt() throws Exception {
        int rows = 400_000;
        Path file = Fixtures.rows(dir, "big.csv", "k", rows);
        Path casePath = dir.resolve("killed.hcase");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.hydrascope.Main", "ingest", "--no-search-index",
                "--case", casePath.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committedRows(casePath) < 100_000 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();

        List<String> status = CaseDb.column(casePath, "SELECT status FROM imports");
        assertEquals(List.of("running"), status, "the import record says it did not finish");
        long committed = committedRows(casePath);
        assertTrue(committed > 0 && committed < rows, "committed " + committed);
        assertEquals(CaseDb.count(casePath, "SELECT imported FROM imports"),
                CaseDb.count(casePath, "SELECT count(*) FROM interactions"), "rows match the committed counts");

        try (CaseStore store = CaseStore.open(casePath)) {
            ImportResult result = new ImportService(BuiltInFormats.all()).importFile(store, file, ProgressListener.NONE,
                    new CancellationToken());
            assertTrue(result.resumed());
            assertEquals(ImportStatus.COMPLETE, result.record().status());
            assertEquals(new ImportCounts(rows, rows, 0, 0, 0, 0), result.record().counts());
        }
        assertEquals(rows, CaseDb.count(casePath, "SELECT count(DISTINCT request_id) FROM interactions"));
        assertEquals(rows, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));
    }

    /**
     * The command line has the case to itself, so its bulk load runs with a rollback journal: a kill leaves a hot
     * journal that the next open rolls back to the last committed chunk. The case is watched through its file size
     * only, since a connection of ours would keep the load in WAL mode.
     */
    @Test
    void killedExclusiveLoadRollsBackToItsLastChunkAndRerunCompletesIt() throws Exception {
        int rows = 400_000;
        Path file = Fixtures.rows(dir, "exclusive.csv", "x", rows);
        Path casePath = dir.resolve("exclusive.hcase");
        Path wal = Path.of(casePath + "-wal");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.hydrascope.Main", "ingest", "--no-search-index",
                "--case", casePath.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (size(casePath) < 12 << 20 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean walDuringLoad = Files.exists(wal);
        assertTrue(child.isAlive(), "killed while still loading");
        child.destroyForcibly().waitFor();
        assertFalse(walDuringLoad, "the load ran with a rollback journal");

        long committed = committedRows(casePath);
        assertTrue(committed > 0 && committed < rows, "committed " + committed);
        assertEquals(CaseDb.count(casePath, "SELECT imported FROM imports"),
                CaseDb.count(casePath, "SELECT count(*) FROM interactions"), "rows match the committed counts");
        assertEquals(List.of("ok"), CaseDb.column(casePath, "PRAGMA integrity_check"));

        try (CaseStore store = CaseStore.open(casePath)) {
            ImportResult result = new ImportService(BuiltInFormats.all()).importFile(store, file, ProgressListener.NONE,
                    new CancellationToken());
            assertTrue(result.resumed());
            assertEquals(new ImportCounts(rows, rows, 0, 0, 0, 0), result.record().counts());
        }
        assertEquals(rows, CaseDb.count(casePath, "SELECT count(DISTINCT request_id) FROM interactions"));
        assertEquals(List.of("wal"), CaseDb.column(casePath, "PRAGMA journal_mode"));
    }

    private static long size(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static long committedRows(Path casePath) {
        if (!casePath.toFile().exists()) {
            return 0;
        }
        try {
            List<String> v = CaseDb.column(casePath, "SELECT rows_read FROM imports");
            return v.isEmpty() ? 0 : Long.parseLong(v.get(0));
        } catch (IllegalStateException e) {
            return 0; // the schema is still being created
        }
    }
}
