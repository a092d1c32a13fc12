package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.cli.HydrascopeCommand;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        assertTrue(Files.exists(Path.of(casePath + "-journal")), "the kill left a hot journal");

        String info = info(casePath);
        assertTrue(info.contains(", interrupted, resumable] read "), "a reading command recovers the journal "
                + "and reads the case: " + info);
        assertFalse(Files.exists(Path.of(casePath + "-journal")));

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

    /**
     * Rows whose request id may already be in the case wait in {@code import_suspects} until the load ends. A killed
     * load leaves them there: the import reads as interrupted and resumable, with those rows pending rather than
     * counted as the duplicates the stored counts provisionally call them, until the resumed import settles them.
     */
    @Test
    void killedImportReadsAsInterruptedWithItsUncheckedRowsPendingUntilResumed() throws Exception {
        int rows = 400_000;
        StringBuilder sb = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            int id = i % 40 == 39 ? i - 1 : i; // every 40th row repeats the request id of the row before
            sb.append("p").append(id).append(',').append(1_769_904_000L + i).append(",acct-").append(i % 17)
                    .append(",10.0.0.1,sdk/1,atlas-3,c").append(i).append(",1,10,20,0,ok,prompt ").append(i)
                    .append('\n');
        }
        Path file = Fixtures.write(dir, "repeats.csv", sb.toString());
        Path casePath = dir.resolve("pending.hcase");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.hydrascope.Main", "ingest", "--no-search-index",
                "--case", casePath.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committedRows(casePath) < 100_000 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "killed while still loading");
        child.destroyForcibly().waitFor();

        long waiting = CaseDb.count(casePath, "SELECT count(*) FROM import_suspects");
        long storedDuplicates = CaseDb.count(casePath, "SELECT duplicates FROM imports");
        assertTrue(waiting > 0 && waiting == storedDuplicates, waiting + " set aside, " + storedDuplicates
                + " stored as duplicates");
        try (CaseStore store = CaseStore.openReadOnly(casePath)) {
            ImportRecord r = store.imports().list().get(0);
            assertEquals(ImportStatus.INTERRUPTED, r.status());
            assertEquals(0, r.counts().duplicates(), "nothing is known to be a duplicate yet");
            assertEquals(waiting, r.counts().pending());
            assertEquals(0, store.summaries().summary().duplicates());
        }
        String info = info(casePath);
        assertTrue(info.contains(", interrupted, resumable] read "), info);
        assertTrue(info.contains(" duplicates 0 skipped 0 pending " + String.format("%,d", waiting)), info);

        try (CaseStore store = CaseStore.open(casePath)) {
            ImportResult result = new ImportService(BuiltInFormats.all()).importFile(store, file, ProgressListener.NONE,
                    new CancellationToken());
            assertTrue(result.resumed());
            assertEquals(ImportStatus.COMPLETE, result.record().status());
            assertEquals(new ImportCounts(rows, rows - rows / 40, 0, rows / 40, 0, 0), result.record().counts());
        }
        assertEquals(0, CaseDb.count(casePath, "SELECT count(*) FROM import_suspects"));
    }

    /** The text of {@code hydrascope info}, which opens the case read-only. */
    private static String info(Path casePath) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HydrascopeCommand.execute(new String[] {"info", "--case", casePath.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
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
