package io.hydrascope.store;

import io.hydrascope.model.QuarantinedRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quarantine of some imports, for an import report: counts per reason and the first rows. Read-only. */
public final class QuarantinePreviewRepository {
    private final ReadSession session;

    public QuarantinePreviewRepository(ReadSession session) {
        this.session = session;
    }

    /** Quarantined rows per reason over these imports, most frequent first. */
    public Map<String, Long> reasonCounts(List<Long> importIds) {
        Map<String, Long> out = new LinkedHashMap<>();
        String sql = "SELECT reason, count(*) AS n FROM quarantine WHERE import_id = ? GROUP BY reason";
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (long id : importIds) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.merge(rs.getString(1), rs.getLong(2), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        out.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The first {@code limit} quarantined rows of these imports, in import and line order. */
    public List<QuarantinedRow> firstRows(List<Long> importIds, int limit) {
        List<QuarantinedRow> out = new ArrayList<>();
        String sql = "SELECT import_id, file_name, line, reason, detail, raw FROM quarantine WHERE import_id = ? "
                + "ORDER BY line, id LIMIT ?";
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (long id : importIds) {
                if (out.size() >= limit) {
                    break;
                }
                ps.setLong(1, id);
                ps.setInt(2, limit - out.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QuarantinedRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read quarantine: " + CaseStore.describe(e), e);
    }
}
