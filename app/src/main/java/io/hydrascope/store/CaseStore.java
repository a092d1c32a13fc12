package io.hydrascope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One case: a SQLite file holding imported interactions, accounts, quarantine, analysis results and annotations.
 *
 * <p>Thread rule: the writer connection belongs to one thread at a time (the CLI's main thread, or the window's
 * single database-writer executor). Readers on other threads take their own connection from {@link #newReader()};
 * WAL mode lets them read while the writer writes.
 */
public final class CaseStore implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Secondary indexes, created after bulk loads (see {@link #dropSecondaryIndexes()}): request ids by their integer
     * key (see {@link RequestKeys}), one account's timeline with the model (so lanes and timelines read the index
     * alone), one IP's accounts.
     */
    static final List<String> SECONDARY_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS idx_interactions_request_key ON interactions (request_key)",
            "CREATE INDEX IF NOT EXISTS idx_interactions_account_ts_model ON interactions (account_ref, ts, model)",
            "CREATE INDEX IF NOT EXISTS idx_interactions_ip ON interactions (ip, account_ref)");
    private static final List<String> SECONDARY_INDEX_NAMES = List.of(
            "idx_interactions_request_key", "idx_interactions_account_ts_model", "idx_interactions_ip");

    private final Path path;
    private final Connection writer;
    private volatile boolean exclusiveLoads;

    private static final int BUSY_TIMEOUT_MS = 15_000;
    /** Page cache of every connection: 128 MiB (negative: KiB). */
    private static final int CACHE_KIB = -131_072;
    /** Page cache while indexes are built: small, so the sorter works in parallel runs (see ensureSecondaryIndexes). */
    private static final int SORT_CACHE_KIB = -2_000;

    private CaseStore(Path path, Connection writer) {
        this.path = path;
        this.writer = writer;
    }

    /** Opens an existing case file; fails with a clear message if it is missing, damaged or not a case. */
    public static CaseStore open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CaseStoreException(path + ": case file not found (create one with 'hydrascope ingest')");
        }
        return openOrCreate(path);
    }

    /** Opens a case file, creating an empty case when the file does not exist yet. */
    public static CaseStore openOrCreate(Path path) {
        checkLooksLikeSqlite(path);
        Connection connection = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!Files.exists(path) || Files.size(path) == 0) {
                initialiseFile(path);
            }
            connection = connect(path, false);
            checkIsCase(connection, path);
            Migrations.apply(connection, path.toString());
            ensureSecondaryIndexes(connection);
            return new CaseStore(path, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CaseStoreException(path + ": " + describe(e), e);
        } catch (IOException e) {
            throw new CaseStoreException(path + ": cannot create folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /**
     * Lets large bulk loads switch the case to a rollback journal while they run: the new rows are then written to
     * the file once, instead of to the write-ahead log and again at each checkpoint. Only for a process that has the
     * case to itself, such as the command line: the switch is attempted only when no other connection has the file
     * open, and a reader that opens it meanwhile waits while each chunk commits. Returns this store.
     */
    public CaseStore allowExclusiveLoads() {
        exclusiveLoads = true;
        return this;
    }

    /**
     * For a bulk load: switches to a rollback journal (synchronous FULL, as safe against power loss as WAL with
     * NORMAL) when {@link #allowExclusiveLoads()} was called and no other connection has the case open. Returns true
     * when it did; {@link #restoreWal()} switches back.
     */
    boolean tryRollbackJournal() throws SQLException {
        if (!exclusiveLoads) {
            return false;
        }
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            String mode;
            try (var rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                mode = rs.next() ? rs.getString(1) : "";
            } catch (SQLException e) {
                if (isBusy(e)) {
                    return false; // another connection has the case open: keep WAL
                }
                throw e;
            } finally {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            if (!"delete".equalsIgnoreCase(mode)) {
                return false;
            }
            st.execute("PRAGMA synchronous = FULL");
            return true;
        }
    }

    /** Back to WAL after {@link #tryRollbackJournal()}; if another connection holds the file, its next open does it. */
    void restoreWal() throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA synchronous = NORMAL");
            try {
                st.execute("PRAGMA journal_mode = WAL");
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        return msg.contains("SQLITE_BUSY") || msg.contains("database is locked");
    }

    /** The writer connection. Package-private: only repositories in this package touch SQL. */
    Connection writer() {
        return writer;
    }

    /** A new read-only connection for a reader thread; the caller closes it. */
    public ReadSession newReader() {
        try {
            return new ReadSession(connect(path, true), path);
        } catch (SQLException e) {
            throw new CaseStoreException(path + ": " + describe(e), e);
        }
    }

    public ImportRepository imports() {
        return new ImportRepository(this);
    }

    public CaseSummaryRepository summaries() {
        return new CaseSummaryRepository(this);
    }

    public QuarantineRepository quarantine() {
        return new QuarantineRepository(this);
    }

    public AnalysisRepository analysis() {
        return new AnalysisRepository(this);
    }

    public PromptIndex promptIndex() {
        return new PromptIndex(this);
    }

    /** Tags, notes and bookmarks, on the writer connection (writer thread only). */
    public AnnotationRepository annotations() {
        return new AnnotationRepository(writer, path.toString(), java.time.Clock.systemUTC());
    }

    /** Drops the secondary indexes before a bulk load that is large compared with the case. */
    void dropSecondaryIndexes() throws SQLException {
        try (Statement st = writer.createStatement()) {
            for (String name : SECONDARY_INDEX_NAMES) {
                st.execute("DROP INDEX IF EXISTS " + name);
            }
        }
    }

    /** (Re)creates the secondary indexes; cheap when they exist. */
    void ensureSecondaryIndexes() throws SQLException {
        ensureSecondaryIndexes(writer);
    }

    /**
     * Index builds sort with SQLite's external sorter: with a small page cache it cuts the rows into many runs that
     * worker threads sort in parallel and spill to temporary files; with the connection's usual large cache (and
     * temporary storage in memory) it sorts everything in one run on one thread, about 2.5 times slower.
     */
    private static void ensureSecondaryIndexes(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA threads = " + Math.min(4, Runtime.getRuntime().availableProcessors()));
            st.execute("PRAGMA cache_size = " + SORT_CACHE_KIB);
            st.execute("PRAGMA temp_store = FILE");
            try {
                for (String ddl : SECONDARY_INDEXES) {
                    st.execute(ddl);
                }
            } finally {
                st.execute("PRAGMA cache_size = " + CACHE_KIB);
                st.execute("PRAGMA temp_store = MEMORY");
            }
        }
    }

    @Override
    public void close() {
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA optimize");
        } catch (SQLException ignored) {
            // optimize is advisory; closing must still happen
        }
        closeQuietly(writer);
    }

    /** Page size can only be chosen before the first table exists and before WAL mode is set. */
    private static void initialiseFile(Path path) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 16384");
            st.execute("PRAGMA journal_mode = WAL");
        }
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(CACHE_KIB);
        config.setReadOnly(readOnly);
        // Each connection is used by one thread at a time (see the class comment; the driver also serialises calls
        // on one connection), so SQLite's own per-call connection mutex is not needed: ~10% less CPU per insert.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(),
                config.toProperties());
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA trusted_schema = OFF");
            st.execute("PRAGMA mmap_size = 268435456");
        }
        return connection;
    }

    private static void checkLooksLikeSqlite(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            throw new CaseStoreException(path + ": is a folder, not a case file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new case
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new CaseStoreException(path + ": not a Hydrascope case file (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new CaseStoreException(path + ": cannot read case file: " + e.getMessage(), e);
        }
    }

    private static void checkIsCase(Connection connection, Path path) throws SQLException {
        if (Migrations.userVersion(connection) > 0) {
            return;
        }
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            if (rs.next() && rs.getInt(1) > 0) {
                throw new CaseStoreException(path + ": an SQLite database, but not a Hydrascope case file");
            }
        }
    }

    static String describe(SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("SQLITE_NOTADB") || msg.contains("file is not a database")) {
            return "not a Hydrascope case file (not an SQLite database)";
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
            return "the case file is damaged (" + msg + ")";
        }
        if (msg.contains("SQLITE_CANTOPEN")) {
            return "cannot open the case file (" + msg + ")";
        }
        if (msg.contains("SQLITE_READONLY")) {
            return "the case file is read-only (" + msg + ")";
        }
        return msg;
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing useful to do while already failing
        }
    }
}
