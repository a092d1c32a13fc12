package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreTest {
    @TempDir
    Path dir;

    @Test
    void newCaseGetsTheLatestSchemaAndSafeSettings() throws Exception {
        Path path = dir.resolve("new.hcase");
        try (CaseStore store = CaseStore.openOrCreate(path)) {
            Connection c = store.writer();
            assertEquals(Migrations.latestVersion(), Migrations.userVersion(c));
            assertEquals("1", pragma(c, "foreign_keys"));
            assertEquals("0", pragma(c, "trusted_schema"));
            assertEquals("wal", pragma(c, "journal_mode"));
            assertEquals("16384", pragma(c, "page_size"));
        }
        assertTrue(CaseDb.column(path, "SELECT name FROM sqlite_schema WHERE type = 'index'")
                .containsAll(java.util.List.of("idx_interactions_request_key", "idx_interactions_account_ts_model",
                        "idx_interactions_ip")));
    }

    @Test
    void bulkLoadsTakeARollbackJournalOnlyWhenAllowedAndAloneAndGiveItBack() throws Exception {
        Path path = dir.resolve("journal.hcase");
        try (CaseStore store = CaseStore.openOrCreate(path)) {
            assertFalse(store.tryRollbackJournal(), "not without allowExclusiveLoads");
            assertEquals("wal", pragma(store.writer(), "journal_mode"));

            store.allowExclusiveLoads();
            try (ReadSession reader = store.newReader()) {
                reader.connection().createStatement().executeQuery("SELECT count(*) FROM interactions").close();
                assertFalse(store.tryRollbackJournal(), "another connection has the case open");
            }
            assertEquals("wal", pragma(store.writer(), "journal_mode"));
            assertEquals("15000", pragma(store.writer(), "busy_timeout"), "the busy timeout is restored");

            assertTrue(store.tryRollbackJournal());
            assertEquals("delete", pragma(store.writer(), "journal_mode"));
            assertEquals("2", pragma(store.writer(), "synchronous"), "FULL while the rollback journal is in use");
            assertFalse(Files.exists(Path.of(path + "-wal")));

            store.restoreWal();
            assertEquals("wal", pragma(store.writer(), "journal_mode"));
            assertEquals("1", pragma(store.writer(), "synchronous"));
        }
    }

    @Test
    void indexBuildsSortWithASmallCacheAndRestoreTheConnectionsSettings() throws Exception {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("sort.hcase"))) {
            store.dropSecondaryIndexes();
            store.ensureSecondaryIndexes();
            assertEquals("-131072", pragma(store.writer(), "cache_size"));
            assertEquals("2", pragma(store.writer(), "temp_store"), "temporary storage back in memory");
        }
    }

    @Test
    void caseOfSchemaVersionTwoGetsRequestKeysAndTheNewIndexes() throws Exception {
        Path path = dir.resolve("v2.hcase");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 16384");
            st.execute("PRAGMA journal_mode = WAL");
            for (String script : java.util.List.of("V001__init.sql", "V002__analysis.sql")) {
                try (var in = CaseStore.class.getResourceAsStream("migrations/" + script)) {
                    for (String sql : SqlScript.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
            }
            st.execute("PRAGMA user_version = 2");
            st.execute("CREATE UNIQUE INDEX idx_interactions_request ON interactions (request_id)");
            st.execute("CREATE INDEX idx_interactions_account_ts ON interactions (account_ref, ts)");
            st.execute("INSERT INTO imports (id, file_name, file_path, file_size, head_sha256, format, kind, "
                    + "started_at, status) VALUES (1, 'f', 'f', 1, 'h', 'csv', 'interactions', 'now', 'complete')");
            st.execute("INSERT INTO accounts (id, account_id) VALUES (1, 'a1')");
            st.execute("INSERT INTO interactions (request_id, ts, account_ref, import_id, line) VALUES "
                    + "('req-1', 1, 1, 1, 2), ('req-2', 2, 1, 1, 3)");
        }
        try (CaseStore store = CaseStore.open(path)) {
            assertEquals(Migrations.latestVersion(), Migrations.userVersion(store.writer()));
        }
        assertEquals(java.util.List.of(Long.toString(RequestKeys.of("req-1")), Long.toString(RequestKeys.of("req-2"))),
                CaseDb.column(path, "SELECT request_key FROM interactions ORDER BY id"));
        java.util.List<String> indexes = CaseDb.column(path, "SELECT name FROM sqlite_schema WHERE type = 'index'");
        assertTrue(indexes.contains("idx_interactions_request_key"), indexes.toString());
        assertTrue(indexes.contains("idx_interactions_account_ts_model"), indexes.toString());
        assertFalse(indexes.contains("idx_interactions_request"), indexes.toString());
        assertFalse(indexes.contains("idx_interactions_account_ts"), indexes.toString());
    }

    @Test
    void reopeningAppliesNoMigrationTwice() {
        Path path = dir.resolve("again.hcase");
        CaseStore.openOrCreate(path).close();
        try (CaseStore store = CaseStore.open(path)) {
            assertEquals(0, store.summaries().summary().interactions());
        }
    }

    @Test
    void fileThatIsNotSqliteIsRefusedWithAClearMessage() throws Exception {
        Path path = Files.writeString(dir.resolve("notes.hcase"), "this is a text file, not a case");
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.open(path));
        assertTrue(e.getMessage().endsWith("not a Hydrascope case file (not an SQLite database)"), e.getMessage());
    }

    @Test
    void damagedCaseFileIsRefusedWithAClearMessage() throws Exception {
        Path path = dir.resolve("damaged.hcase");
        CaseStore.openOrCreate(path).close();
        byte[] bytes = Files.readAllBytes(path);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(path, bytes);
        Files.deleteIfExists(Path.of(path + "-wal"));
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.open(path));
        assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void otherSqliteDatabaseIsNotTakenForACase() throws Exception {
        Path path = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE something (x)");
        }
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.open(path));
        assertTrue(e.getMessage().contains("not a Hydrascope case file"), e.getMessage());
    }

    @Test
    void missingCaseFileIsAClearError() {
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> CaseStore.open(dir.resolve("x.hcase")));
        assertTrue(e.getMessage().contains("case file not found"), e.getMessage());
    }

    @Test
    void searchQuotesUserTextSoItIsNeverQuerySyntax() {
        assertEquals("\"a\" \"b\"\"c\" \"OR\" \"NEAR(\"", PromptIndex.toLiteralQuery("  a b\"c OR NEAR( "));
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
