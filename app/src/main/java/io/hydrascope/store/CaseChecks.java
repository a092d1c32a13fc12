package io.hydrascope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a case is whole: SQLite's own integrity and foreign-key checks, and that the stored analysis is one
 * complete run (one finished run; every analysed account, cluster and signal from it; a topic for every interaction).
 * Read-only; a reader thread's session.
 */
public final class CaseChecks {
    private final ReadSession session;

    public CaseChecks(ReadSession session) {
        this.session = session;
    }

    /** What is wrong, one line each; empty when the case is whole. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : strings("PRAGMA integrity_check")) {
                if (!line.equals("ok")) {
                    out.add("integrity: " + line);
                }
            }
            for (String line : strings("SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent "
                    + "FROM pragma_foreign_key_check")) {
                out.add("foreign key: " + line);
            }
            long runs = count("SELECT count(*) FROM analysis_runs");
            long unfinished = count("SELECT count(*) FROM analysis_runs WHERE finished_at IS NULL");
            long clusters = count("SELECT count(*) FROM clusters");
            long accountResults = count("SELECT count(*) FROM account_results");
            long topics = count("SELECT count(*) FROM interaction_topics");
            long interactions = count("SELECT count(*) FROM interactions");
            if (runs > 1) {
                out.add("analysis: " + runs + " runs stored, expected one");
            }
            if (unfinished > 0) {
                out.add("analysis: a run without a finish time");
            }
            if (runs == 0 && (clusters > 0 || accountResults > 0)) {
                out.add("analysis: results without a run");
            }
            if (runs == 1) {
                if (clusters == 0 || accountResults == 0) {
                    out.add("analysis: the run has " + clusters + " clusters and " + accountResults
                            + " account results");
                }
                long orphans = count("SELECT count(*) FROM account_results r "
                        + "WHERE NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = r.cluster_id)");
                if (orphans > 0) {
                    out.add("analysis: " + orphans + " account results in clusters that do not exist");
                }
                long empty = count("SELECT count(*) FROM clusters c "
                        + "WHERE NOT EXISTS (SELECT 1 FROM account_results r WHERE r.cluster_id = c.id)");
                if (empty > 0) {
                    out.add("analysis: " + empty + " clusters without accounts");
                }
                if (topics != interactions) {
                    out.add("analysis: topics for " + topics + " of " + interactions + " interactions");
                }
            }
        } catch (SQLException e) {
            out.add("cannot check: " + CaseStore.describe(e));
        }
        return out;
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(String.valueOf(rs.getString(1)));
            }
        }
        return out;
    }
}
