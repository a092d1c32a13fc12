package io.hydrascope.store;

import io.hydrascope.model.CaseSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts and ranges describing a case. Runs on the writer connection or on a {@link ReadSession}. */
public final class CaseSummaryRepository {
    private final CaseStore store;

    CaseSummaryRepository(CaseStore store) {
        this.store = store;
    }

    public CaseSummary summary() {
        return summary(store.writer(), store.path().toString());
    }

    public static CaseSummary summary(ReadSession session) {
        return summary(session.connection(), session.path().toString());
    }

    static CaseSummary summary(Connection c, String caseName) {
        try {
            long interactions = single(c, "SELECT count(*) FROM interactions", 1);
            long accounts = single(c, "SELECT count(*) FROM accounts", 1);
            long quarantined = single(c, "SELECT count(*) FROM quarantine", 1);
            // Rows an interrupted import set aside for checking are stored as duplicates but are not known to be any.
            long duplicates = single(c, "SELECT coalesce(sum(duplicates), 0) - (SELECT count(*) FROM import_suspects) "
                    + "FROM imports", 1);
            long imports = single(c, "SELECT count(*) FROM imports", 1);
            Long first = nullable(c, "SELECT min(ts) FROM interactions");
            Long last = nullable(c, "SELECT max(ts) FROM interactions");
            Map<String, Long> models = grouped(c, "SELECT coalesce(model, ''), count(*) AS n FROM interactions "
                    + "GROUP BY 1 ORDER BY n DESC, 1");
            Map<String, Long> reasons = grouped(c, "SELECT reason, count(*) AS n FROM quarantine GROUP BY reason "
                    + "ORDER BY n DESC, reason");
            boolean searchReady = PromptIndex.isReady(c);
            return new CaseSummary(interactions, accounts, quarantined, duplicates, imports, first, last, models,
                    reasons, searchReady);
        } catch (SQLException e) {
            throw new CaseStoreException(caseName + ": cannot read the case: " + CaseStore.describe(e), e);
        }
    }

    private static long single(Connection c, String sql, int column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(column) : 0;
        }
    }

    private static Long nullable(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
            return null;
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
