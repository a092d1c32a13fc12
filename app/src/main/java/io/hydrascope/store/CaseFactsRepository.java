package io.hydrascope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cheap facts about a case (small tables only; nothing here scans interactions), for headers and the status
 * area. Read-only.
 */
public final class CaseFactsRepository {
    private final ReadSession session;

    /** Accounts, quarantine by reason, duplicates skipped, imports, and whether prompt search covers everything. */
    public record CaseFacts(long accounts, long quarantined, Map<String, Long> quarantineReasons, long duplicates,
                            long imports, boolean searchReady) {
    }

    public CaseFactsRepository(ReadSession session) {
        this.session = session;
    }

    public CaseFacts facts() {
        Connection c = session.connection();
        try {
            Map<String, Long> reasons = new LinkedHashMap<>();
            long quarantined = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT reason, count(*) AS n FROM quarantine "
                    + "GROUP BY reason ORDER BY n DESC, reason"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reasons.put(rs.getString(1), rs.getLong(2));
                    quarantined += rs.getLong(2);
                }
            }
            return new CaseFacts(single(c, "SELECT count(*) FROM accounts"), quarantined, reasons,
                    single(c, "SELECT coalesce(sum(duplicates), 0) FROM imports"),
                    single(c, "SELECT count(*) FROM imports"), PromptIndex.isReady(c));
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot read the case: " + CaseStore.describe(e), e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
