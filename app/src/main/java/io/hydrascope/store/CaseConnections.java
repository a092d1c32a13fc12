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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the SQLite connections of a case, and checks that a file is one before anything could change it. A writer
 * connection may change the file (journal mode, migrations, indexes). A reader connection is opened read-only: it
 * never writes the case, switches its journal or migrates it, whatever the file turns out to be.
 *
 * <p>A case in a folder that cannot be written (a read-only share, a write-protected copy) is read as immutable when
 * SQLite cannot open it otherwise: a WAL-mode database needs its {@code -shm} file, which cannot be created there.
 * Immutable means no locking and no look at a {@code -wal} file, which is sound because no one can write a case in such
 * a folder (a writer would have to create its journal there); it is refused when a {@code -wal} file with content is
 * present, as its changes would be missed.
 */
final class CaseConnections {
    static final int BUSY_TIMEOUT_MS = 15_000;
    /** Page cache of every connection: 128 MiB (negative: KiB). */
    static final int CACHE_KIB = -131_072;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What a path holds, judged from its first bytes. */
    enum Content { MISSING, EMPTY, SQLITE }

    private CaseConnections() {
    }

    /** Refuses a folder and anything that is not an SQLite database; reads the file's first bytes only. */
    static Content inspect(Path path) {
        if (!Files.exists(path)) {
            return Content.MISSING;
        }
        if (Files.isDirectory(path)) {
            throw new CaseStoreException(path + ": is a folder, not a case file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return Content.EMPTY;
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new CaseStoreException(path + ": not a Hydrascope case file (not an SQLite database)");
            }
            return Content.SQLITE;
        } catch (IOException e) {
            throw new CaseStoreException(path + ": cannot read case file: " + e.getMessage(), e);
        }
    }

    /** The checks of every open of an existing case: the file is there and is an SQLite database. */
    static void requireExisting(Path path) {
        switch (inspect(path)) {
            case MISSING -> throw new CaseStoreException(path + ": case file not found (create one with "
                    + "'hydrascope ingest')");
            case EMPTY -> throw new CaseStoreException(path + ": an empty file, not a Hydrascope case file (a case "
                    + "is created by 'hydrascope ingest')");
            case SQLITE -> {
                // opened next
            }
        }
    }

    /** Page size can only be chosen before the first table exists and before WAL mode is set. */
    static void initialiseFile(Path path) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 16384");
            st.execute("PRAGMA journal_mode = WAL");
        }
    }

    /** A read-write connection; its journal mode is left as the file has it (see {@link #useWal}). */
    static Connection writer(Path path) throws SQLException {
        SQLiteConfig config = config();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return connect("jdbc:sqlite:" + path.toAbsolutePath(), config);
    }

    /** Switches the writer's case to WAL; only once the file is known to be a case this version may change. */
    static void useWal(Connection writer) throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
    }

    /** A read-only connection; {@code immutable}: see the class comment. */
    static Connection reader(Path path, boolean immutable) throws SQLException {
        SQLiteConfig config = config();
        config.setReadOnly(true);
        String url = immutable ? path.toAbsolutePath().toUri() + "?immutable=1" : path.toAbsolutePath().toString();
        return connect("jdbc:sqlite:" + url, config);
    }

    /**
     * A process killed while writing with a rollback journal (a command line import) leaves a hot journal, which a
     * read-only connection cannot roll back, so it cannot read the case at all. When the folder allows it, a
     * read-write connection that only reads rolls the journal back, as any SQLite tool does when it opens such a
     * file: the case returns to its last committed state, and nothing else changes (no journal mode, no migration,
     * no statement of the case's schema runs). Returns true when it did, and the read-only open can be tried again.
     * A journal is only hot when no process holds the case's write lock, so a running writer is never disturbed.
     */
    static boolean recoverAfter(SQLException failure, Path path) throws SQLException {
        if (!String.valueOf(failure.getMessage()).contains("SQLITE_READONLY_ROLLBACK")) {
            return false;
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder) || !Files.isWritable(path)) {
            return false;
        }
        try (Connection c = connect("jdbc:sqlite:" + path.toAbsolutePath(), config());
             Statement st = c.createStatement()) {
            st.executeQuery("PRAGMA user_version").close();
        }
        return true;
    }

    /**
     * True when a read-only open failed only because the case's folder cannot be written, and the case may be read as
     * immutable instead. Throws a clear error when the folder holds unsaved changes of the case that cannot be read.
     */
    static boolean readImmutableAfter(SQLException failure, Path path) {
        String msg = String.valueOf(failure.getMessage());
        boolean cannotOpenSideFiles = msg.contains("SQLITE_READONLY") || msg.contains("SQLITE_CANTOPEN");
        Path folder = path.toAbsolutePath().getParent();
        if (!cannotOpenSideFiles || folder == null || Files.isWritable(folder)) {
            return false;
        }
        Path wal = Path.of(path.toAbsolutePath() + "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new CaseStoreException(path + ": the case has changes in " + wal.getFileName() + " that cannot "
                        + "be read in a folder Hydrascope cannot write to; copy the case with its -wal file to a "
                        + "writable folder");
            }
        } catch (IOException e) {
            throw new CaseStoreException(path + ": cannot read " + wal.getFileName() + ": " + e.getMessage(), e);
        }
        return true;
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(CACHE_KIB);
        // Each connection is used by one thread at a time (see CaseStore; the driver also serialises calls on one
        // connection), so SQLite's own per-call connection mutex is not needed: ~10% less CPU per insert.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        return config;
    }

    /** Every connection distrusts the schema: functions with side effects never run from a view or trigger. */
    private static Connection connect(String url, SQLiteConfig config) throws SQLException {
        Connection connection = DriverManager.getConnection(url, config.toProperties());
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA trusted_schema = OFF");
            st.execute("PRAGMA mmap_size = 268435456");
        } catch (SQLException e) {
            CaseStore.closeQuietly(connection);
            throw e;
        }
        return connection;
    }
}
