package io.hydrascope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a database is a case this Hydrascope may open: a schema version it knows, and no schema objects
 * other than those the migrations of that version create, with the same definitions. A case file may come from
 * someone else, and SQLite runs what its schema says: a trigger on {@code interactions} can silently drop rows, one
 * on {@code clusters} can change verdicts, a view or index can do the same to an analyst's own queries.
 * {@code trusted_schema=OFF} keeps functions with side effects out of such objects, but not the triggers themselves.
 *
 * <p>The expected objects of a version are found by running its migrations on an in-memory database, so they can
 * never drift from the scripts; they are kept per version once found. Safe from any thread.
 */
final class CaseSchema {
    /**
     * Indexes created by the application rather than by a script: today's (see {@link CaseStore#SECONDARY_INDEXES})
     * from version 4 on, and the ones of versions 1 to 3, which migration V004 drops.
     */
    private static final List<String> INDEXES_BEFORE_V4 = List.of(
            "CREATE UNIQUE INDEX IF NOT EXISTS idx_interactions_request ON interactions (request_id)",
            "CREATE INDEX IF NOT EXISTS idx_interactions_account_ts ON interactions (account_ref, ts)",
            "CREATE INDEX IF NOT EXISTS idx_interactions_ip ON interactions (ip, account_ref)");
    private static final int REQUEST_KEYS_VERSION = 4;
    /** Tables SQLite keeps for itself; their definitions are SQLite's, not the case's. */
    private static final Set<String> INTERNAL_TABLES = Set.of("sqlite_sequence", "sqlite_stat1", "sqlite_stat2",
            "sqlite_stat3", "sqlite_stat4");
    /** The shadow tables an FTS5 table keeps its index in, named after it. */
    private static final List<String> FTS5_SHADOWS = List.of("_data", "_idx", "_content", "_docsize", "_config");

    private static final Map<Integer, Map<String, String>> EXPECTED = new ConcurrentHashMap<>();

    private CaseSchema() {
    }

    /**
     * Refuses a file that is not a case of a schema this Hydrascope can open, before anything is written: a
     * database of another program, a case of a newer version or (for reading) an older one, and one with schema
     * objects the migrations did not create.
     */
    static void requireCase(Connection connection, Path path, boolean forReading) throws SQLException {
        int version = Migrations.userVersion(connection);
        if (version == 0) {
            boolean empty;
            try (Statement st = connection.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                empty = rs.next() && rs.getInt(1) == 0;
            }
            if (!empty) {
                throw new CaseStoreException(path + ": an SQLite database, but not a Hydrascope case file");
            }
            if (forReading) {
                throw new CaseStoreException(path + ": an empty SQLite database, not a Hydrascope case file (a case "
                        + "is created by 'hydrascope ingest')");
            }
            return;
        }
        if (version > Migrations.latestVersion()) {
            throw new CaseStoreException(path + ": case schema version " + version + " is newer than this Hydrascope "
                    + "supports (" + Migrations.latestVersion() + "); upgrade Hydrascope");
        }
        requireOwnObjects(connection, version, path.toString());
        if (forReading && version < Migrations.latestVersion()) {
            throw new CaseStoreException(path + ": case schema version " + version + " is older than this "
                    + "Hydrascope's (" + Migrations.latestVersion() + "); commands that only read never change a case, "
                    + "so upgrade it first: run 'hydrascope analyze' or 'hydrascope ingest' on it, or open it in the "
                    + "window");
        }
    }

    /**
     * Throws a {@link CaseStoreException} naming every object of the case that the migrations of {@code version}
     * do not create, or create differently.
     */
    static void requireOwnObjects(Connection connection, int version, String caseName) throws SQLException {
        Map<String, String> expected = expected(version);
        List<String> foreign = new ArrayList<>();
        boolean anyKnown = false;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(1);
                String name = rs.getString(2);
                String table = rs.getString(3);
                String sql = rs.getString(4);
                if (isInternal(type, name, sql) || isFtsShadow(type, name, expected)) {
                    continue;
                }
                String want = expected.get(key(type, name));
                if (want == null) {
                    foreign.add(describe(type, name, table));
                } else if (!want.equals(normalise(sql))) {
                    foreign.add(describe(type, name, table) + " (definition changed)");
                } else {
                    anyKnown = true;
                }
            }
        }
        if (foreign.isEmpty()) {
            return;
        }
        if (!anyKnown) {
            throw new CaseStoreException(caseName + ": an SQLite database, but not a Hydrascope case file");
        }
        throw new CaseStoreException(caseName + ": case contains objects Hydrascope did not create: "
                + String.join(", ", foreign) + "; refusing to open it (if the case is yours, remove them with an "
                + "SQLite tool)");
    }

    /** SQLite's own objects: automatic indexes (no SQL) and its statistics and sequence tables. */
    private static boolean isInternal(String type, String name, String sql) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sqlite_")) {
            return false;
        }
        return ("index".equals(type) && sql == null) || ("table".equals(type) && INTERNAL_TABLES.contains(lower));
    }

    /** A shadow table of an FTS5 table the migrations create; SQLite defines it, differently across versions. */
    private static boolean isFtsShadow(String type, String name, Map<String, String> expected) {
        if (!"table".equals(type)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : FTS5_SHADOWS) {
            if (lower.endsWith(suffix)) {
                String owner = expected.get(key("table", lower.substring(0, lower.length() - suffix.length())));
                if (owner != null && owner.toLowerCase(Locale.ROOT).contains("using fts5")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(String type, String name, String table) {
        boolean attached = ("trigger".equals(type) || "index".equals(type)) && table != null;
        return type + " " + name + (attached ? " on " + table : "");
    }

    private static Map<String, String> expected(int version) throws SQLException {
        Map<String, String> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        Map<String, String> objects = new LinkedHashMap<>();
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = memory.createStatement()) {
            Migrations.applyUpTo(memory, version);
            for (String ddl : version >= REQUEST_KEYS_VERSION ? CaseStore.SECONDARY_INDEXES : INDEXES_BEFORE_V4) {
                st.execute(ddl);
            }
            try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL")) {
                while (rs.next()) {
                    objects.put(key(rs.getString(1), rs.getString(2)), normalise(rs.getString(3)));
                }
            }
        }
        Map<String, String> frozen = Map.copyOf(objects);
        EXPECTED.put(version, frozen);
        return frozen;
    }

    private static String key(String type, String name) {
        return type + " " + name.toLowerCase(Locale.ROOT);
    }

    /** Definitions compare without regard to layout: runs of white space become one, none around punctuation. */
    static String normalise(String sql) {
        if (sql == null) {
            return "";
        }
        return sql.strip().replaceAll("\\s+", " ").replaceAll(" ?([(),;]) ?", "$1");
    }
}
