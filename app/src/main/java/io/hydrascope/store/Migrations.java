package io.hydrascope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.Function;

/**
 * Applies the versioned SQL scripts in {@code migrations/V###__*.sql} in order, recording the version reached in
 * {@code PRAGMA user_version}. Each script runs in its own transaction.
 */
final class Migrations {
    /** The scripts, oldest first; index + 1 is the schema version each one produces. */
    static final List<String> SCRIPTS = List.of("V001__init.sql", "V002__analysis.sql",
            "V003__lookups.sql", "V004__request_keys.sql", "V005__family_index.sql", "V006__topic_model.sql");
    /** A function the scripts may call; registered only while they run, so case files never depend on it. */
    private static final String REQUEST_KEY_FUNCTION = "hydrascope_request_key";

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
        if (current == latestVersion()) {
            return;
        }
        applyBetween(connection, current, latestVersion());
    }

    /** Brings a new, empty database to schema {@code version}: what a case of that version was made of. */
    static void applyUpTo(Connection connection, int version) throws SQLException {
        applyBetween(connection, 0, version);
    }

    private static void applyBetween(Connection connection, int current, int target) throws SQLException {
        Function.create(connection, REQUEST_KEY_FUNCTION, new RequestKeyFunction(), 1, Function.FLAG_DETERMINISTIC);
        try {
            applyFrom(connection, current, target);
        } finally {
            Function.destroy(connection, REQUEST_KEY_FUNCTION);
        }
    }

    private static void applyFrom(Connection connection, int current, int target) throws SQLException {
        for (int version = current + 1; version <= target; version++) {
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

    /** {@code hydrascope_request_key(text)}: {@link RequestKeys#of}, for filling keys of existing rows. */
    private static final class RequestKeyFunction extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String id = value_text(0);
            if (id == null) {
                result();
            } else {
                result(RequestKeys.of(id));
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
