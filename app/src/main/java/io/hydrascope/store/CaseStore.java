package io.hydrascope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One case: a SQLite file holding imported interactions, accounts, quarantine, analysis results and annotations.
 *
 * <p>Opened for writing ({@link #open}, {@link #openOrCreate}: importing, analysing, the window), a case is migrated
 * to the current schema and kept in WAL mode. Opened for reading ({@link #openReadOnly}: the commands that only
 * report), every connection is read-only: the file is never created, migrated, switched to WAL or otherwise changed,
 * and a case of another schema version is refused rather than upgraded. The one exception is SQLite's own recovery
 * of a write that a killed process left half-done (see {@link CaseConnections#recoverAfter}). Either way a file is
 * refused before anything is written when it is not a case, comes from a newer Hydrascope, or holds schema objects
 * (triggers, views, tables, indexes) that Hydrascope did not create (see {@link CaseSchema}).
 *
 * <p>Thread rule: the writer connection belongs to one thread at a time (the CLI's main thread, or the window's
 * single database-writer executor). Readers on other threads take their own connection from {@link #newReader()};
 * WAL mode lets them read while the writer writes.
 */
public final class CaseStore implements AutoCloseable {
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

    private static final int BUSY_TIMEOUT_MS = CaseConnections.BUSY_TIMEOUT_MS;
    private static final int CACHE_KIB = CaseConnections.CACHE_KIB;
    /** Page cache while indexes are built: small, so the sorter works in parallel runs (see ensureSecondaryIndexes). */
    private static final int SORT_CACHE_KIB = -2_000;

    private final Path path;
    private final Connection writer;
    private final boolean readOnly;
    private final boolean immutable;
    private volatile boolean exclusiveLoads;

    private CaseStore(Path path, Connection writer, boolean readOnly, boolean immutable) {
        this.path = path;
        this.writer = writer;
        this.readOnly = readOnly;
        this.immutable = immutable;
    }

    /**
     * Opens an existing case file for writing, upgrading its schema if it is older; fails with a clear message if it
     * is missing, empty, damaged or not a case.
     */
    public static CaseStore open(Path path) {
        CaseConnections.requireExisting(path);
        return openForWriting(path);
    }

    /** Opens a case file for writing, creating an empty case when the file does not exist yet or is empty. */
    public static CaseStore openOrCreate(Path path) {
        CaseConnections.Content content = CaseConnections.inspect(path);
        try {
            if (content != CaseConnections.Content.SQLITE) {
                Path parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                CaseConnections.initialiseFile(path);
            }
        } catch (SQLException e) {
            throw new CaseStoreException(path + ": " + describe(e), e);
        } catch (IOException e) {
            throw new CaseStoreException(path + ": cannot create folder: " + e.getMessage(), e);
        }
        return openForWriting(path);
    }

    /**
     * Opens an existing case for reading only (see the class comment). A case of an older schema version is refused
     * with a message saying how to upgrade it, since the queries expect the current schema.
     */
    public static CaseStore openReadOnly(Path path) {
        CaseConnections.requireExisting(path);
        Connection connection = null;
        try {
            boolean immutable = false;
            try {
                connection = CaseConnections.reader(path, false);
                Migrations.userVersion(connection);
            } catch (SQLException e) {
                closeQuietly(connection);
                connection = null;
                if (CaseConnections.recoverAfter(e, path)) {
                    connection = CaseConnections.reader(path, false);
                } else if (CaseConnections.readImmutableAfter(e, path)) {
                    connection = CaseConnections.reader(path, true);
                    immutable = true;
                } else {
                    throw e;
                }
            }
            CaseSchema.requireCase(connection, path, true);
            return new CaseStore(path, connection, true, immutable);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CaseStoreException(path + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static CaseStore openForWriting(Path path) {
        Connection connection = null;
        try {
            connection = CaseConnections.writer(path);
            CaseSchema.requireCase(connection, path, false);
            CaseConnections.useWal(connection);
            Migrations.apply(connection, path.toString());
            ensureSecondaryIndexes(connection);
            return new CaseStore(path, connection, false, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CaseStoreException(path + ": " + describe(e), e);
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

    /**
     * The store's own connection: the writer, or a read-only connection when the case was opened with
     * {@link #openReadOnly}. Package-private: only repositories in this package touch SQL.
     */
    Connection writer() {
        return writer;
    }

    /** True when the case was opened with {@link #openReadOnly}: nothing can be written through this store. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** A new read-only connection for a reader thread; the caller closes it. */
    public ReadSession newReader() {
        try {
            return new ReadSession(CaseConnections.reader(path, immutable), path);
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
        if (!readOnly) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimize is advisory; closing must still happen
            }
        }
        closeQuietly(writer);
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
        if (msg.contains("SQLITE_READONLY_ROLLBACK")) {
            return "the case was left in the middle of a write by a process that stopped; open it for writing once "
                    + "('hydrascope analyze', 'hydrascope ingest' or the window) to roll that write back";
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
