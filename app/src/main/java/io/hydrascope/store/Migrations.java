package io.hydrascope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the versioned SQL scripts in {@code migrations/V###__*.sql} in order, recording the version reached in
 * {@code PRAGMA user_version}. Each script runs in its own transaction.
 */
final class Migrations {
    /** The scripts, oldest first; index + 1 is the schema version each one produces. */
    static final List<String> SCRIPTS = List.of("V001__init.sql", "V002__analysis.sql",
            "V003__lookups.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void apply(Connection connection, String caseName) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new CaseStoreException(caseName + ": case schema version " + current
                    + " is newer than this Hydrascope supports (" + latestVersion() + "); upgrade Hydrascope");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            String sql = load(SCRIPTS.get(version - 1));
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String statement : SqlScript.split(sql)) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
