package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.hydrascope.CaseDb;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a case may be opened from, and what opening does to them: reading never changes a file, nothing is
 * created unless asked for, and a case whose schema holds objects Hydrascope did not create is refused.
 */
class CaseOpeningTest {
    @TempDir
    Path dir;

    private static final List<Function<Path, CaseStore>> BOTH_WAYS = List.of(CaseStore::openReadOnly, CaseStore::open);

    @Test
    void refusesACaseWithATriggerThatDropsRowsAndAViewItDidNotCreate() throws Exception {
        Path path = caseWithRows("foreign.hcase");
        execute(path, "CREATE TRIGGER t1 BEFORE INSERT ON interactions BEGIN SELECT RAISE(IGNORE); END",
                "CREATE VIEW v2 AS SELECT 1");
        byte[] before = sha256(path);
        for (Function<Path, CaseStore> open : BOTH_WAYS) {
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> open.apply(path));
            assertTrue(e.getMessage().startsWith(path + ": case contains objects Hydrascope did not create: "
                    + "trigger t1 on interactions, view v2; refusing to open"), e.getMessage());
        }
        assertArrayEquals(before, sha256(path), "refused before anything was written");
    }

    @Test
    void refusesATriggerOnClustersAndAnIndexOrTableOfItsOwn() throws Exception {
        Path path = caseWithRows("verdicts.hcase");
        execute(path, "CREATE TRIGGER flip AFTER INSERT ON clusters BEGIN UPDATE clusters SET flagged = 0; END",
                "CREATE INDEX mine ON accounts (plan)", "CREATE TABLE notes (x)");
        for (Function<Path, CaseStore> open : BOTH_WAYS) {
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> open.apply(path));
            assertTrue(e.getMessage().contains("trigger flip on clusters, index mine on accounts, table notes;"),
                    e.getMessage());
        }
    }

    @Test
    void refusesAnObjectOfItsOwnNameWithAnotherDefinition() throws Exception {
        Path path = caseWithRows("changed.hcase");
        execute(path, "DROP VIEW accounts_v", "CREATE VIEW accounts_v AS SELECT account_id, 'benign' AS plan "
                + "FROM accounts");
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.openReadOnly(path));
        assertTrue(e.getMessage().contains("view accounts_v (definition changed)"), e.getMessage());
    }

    @Test
    void acceptsWhatTheMigrationsSqliteAndItsOwnIndexBuildsCreate() throws Exception {
        Path path = caseWithRows("own.hcase");
        try (CaseStore store = CaseStore.open(path)) {
            store.promptIndex().build(ProgressListener.NONE, new CancellationToken());
            store.annotations().addTag(AnnotationTarget.CASE, "case", "tag", "me");
        }
        execute(path, "ANALYZE");
        assertTrue(CaseDb.column(path, "SELECT name FROM sqlite_schema").containsAll(List.of("sqlite_stat1",
                "prompts_fts_data", "prompts_fts_idx", "prompts_fts_docsize", "prompts_fts_config",
                "idx_topics_family", "idx_interactions_request_key")));
        try (CaseStore store = CaseStore.openReadOnly(path)) {
            assertEquals(2, store.summaries().summary().interactions());
        }
        CaseStore.open(path).close();
    }

    @Test
    void everyConnectionDistrustsTheSchema() throws Exception {
        Path path = caseWithRows("trust.hcase");
        try (CaseStore store = CaseStore.openReadOnly(path); ReadSession reader = store.newReader()) {
            assertEquals("0", pragma(store.writer(), "trusted_schema"));
            assertEquals("0", pragma(reader.connection(), "trusted_schema"));
        }
    }

    @Test
    void readingAnEmptyFileRefusesItAndLeavesItEmpty() throws Exception {
        Path path = Files.createFile(dir.resolve("empty.hcase"));
        for (Function<Path, CaseStore> open : BOTH_WAYS) {
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> open.apply(path));
            assertTrue(e.getMessage().contains("an empty file, not a Hydrascope case file"), e.getMessage());
        }
        assertEquals(0, Files.size(path));
        assertEquals(List.of("empty.hcase"), fileNames());
    }

    @Test
    void readingAMissingFileCreatesNothing() {
        Path path = dir.resolve("missing.hcase");
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.openReadOnly(path));
        assertTrue(e.getMessage().contains("case file not found"), e.getMessage());
        assertFalse(Files.exists(path));
    }

    @Test
    void anotherSqliteDatabaseIsRefusedWithoutSwitchingItToWal() throws Exception {
        Path path = dir.resolve("other.db");
        execute(path, "CREATE TABLE something (x)");
        byte[] before = sha256(path);
        for (Function<Path, CaseStore> open : BOTH_WAYS) {
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> open.apply(path));
            assertTrue(e.getMessage().contains("not a Hydrascope case file"), e.getMessage());
        }
        assertEquals(List.of("delete"), CaseDb.column(path, "PRAGMA journal_mode"));
        assertArrayEquals(before, sha256(path));
    }

    @Test
    void aCaseOfANewerVersionIsRefusedWithoutSwitchingItToWal() throws Exception {
        Path path = caseWithRows("future.hcase");
        execute(path, "PRAGMA journal_mode = DELETE", "PRAGMA user_version = 99");
        byte[] before = sha256(path);
        for (Function<Path, CaseStore> open : BOTH_WAYS) {
            CaseStoreException e = assertThrows(CaseStoreException.class, () -> open.apply(path));
            assertTrue(e.getMessage().contains("case schema version 99 is newer"), e.getMessage());
        }
        assertEquals(List.of("delete"), CaseDb.column(path, "PRAGMA journal_mode"));
        assertArrayEquals(before, sha256(path));
    }

    @Test
    void readingACaseOfAnOlderVersionAsksForAnUpgradeInsteadOfMigrating() throws Exception {
        Path path = dir.resolve("v5.hcase");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path)) {
            Migrations.applyUpTo(c, 5);
        }
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.openReadOnly(path));
        assertTrue(e.getMessage().contains("case schema version 5 is older") && e.getMessage().contains("upgrade it"),
                e.getMessage());
        assertEquals(List.of("5"), CaseDb.column(path, "PRAGMA user_version"));
        CaseStore.open(path).close();
        assertEquals(List.of(Integer.toString(Migrations.latestVersion())),
                CaseDb.column(path, "PRAGMA user_version"), "opening for writing upgrades it");
    }

    @Test
    void readingACaseLeavesTheFileAsItWasAndCannotWrite() throws Exception {
        Path path = caseWithRows("read.hcase");
        byte[] before = sha256(path);
        try (CaseStore store = CaseStore.openReadOnly(path); ReadSession reader = store.newReader()) {
            assertTrue(store.isReadOnly());
            assertEquals(2, store.summaries().summary().interactions());
            assertEquals(1, store.imports().list().size());
            assertEquals(2, CaseSummaryRepository.summary(reader).interactions());
            CaseStoreException e = assertThrows(CaseStoreException.class,
                    () -> store.annotations().addTag(AnnotationTarget.CASE, "case", "t", "me"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertArrayEquals(before, sha256(path));
    }

    @Test
    void aCaseInAFolderThatCannotBeWrittenIsRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path path = caseWithRows("locked/case.hcase");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this user writes to any folder (root)");
            try (CaseStore store = CaseStore.openReadOnly(path); ReadSession reader = store.newReader()) {
                assertEquals(2, store.summaries().summary().interactions());
                assertEquals(2, CaseSummaryRepository.summary(reader).interactions());
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** What reading in a folder that cannot be written falls back to; runs under any user, root included. */
    @Test
    void immutableReadersSeeTheWholeCaseAtAnAwkwardPath() throws Exception {
        Path path = caseWithRows("with space #1 %20.hcase");
        assertEquals(List.of("wal"), CaseDb.column(path, "PRAGMA journal_mode"));
        try (Connection c = CaseConnections.reader(path, true)) {
            assertEquals(2, CaseSummaryRepository.summary(c, path.toString()).interactions());
        }
    }

    private Path caseWithRows(String name) throws Exception {
        Path path = dir.resolve(name);
        CaseStore.openOrCreate(path).close();
        execute(path, "INSERT INTO imports (id, file_name, file_path, file_size, head_sha256, format, kind, "
                + "started_at, status, rows_read, imported) VALUES (1, 'f', 'f', 1, 'h', 'csv', 'interactions', "
                + "'2026-01-01T00:00:00Z', 'complete', 2, 2)",
                "INSERT INTO accounts (id, account_id) VALUES (1, 'a1')",
                "INSERT INTO interactions (request_id, ts, account_ref, import_id, line, request_key, prompt) VALUES "
                        + "('r1', 1, 1, 1, 2, 11, 'hello'), ('r2', 2, 1, 1, 3, 12, 'world')");
        return path;
    }

    private static void execute(Path path, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private List<String> fileNames() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] sha256(Path path) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
