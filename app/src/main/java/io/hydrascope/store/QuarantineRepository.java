package io.hydrascope.store;

import io.hydrascope.model.QuarantinedRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Reads quarantined rows, in import and line order. */
public final class QuarantineRepository {
    private final CaseStore store;

    QuarantineRepository(CaseStore store) {
        this.store = store;
    }

    /** Quarantined rows per reason (of one import, or of the whole case when {@code importId} is null). */
    public java.util.Map<String, Long> reasonCounts(Long importId) {
        String sql = "SELECT reason, count(*) AS n FROM quarantine WHERE (? IS NULL OR import_id = ?) "
                + "GROUP BY reason ORDER BY n DESC, reason";
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = store.writer().prepareStatement(sql)) {
            bindImport(ps, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStoreException(store.path() + ": cannot read quarantine: " + CaseStore.describe(e), e);
        }
    }

    /** Streams every quarantined row (optionally of one import) to the consumer without holding them all. */
    public void forEach(Long importId, Consumer<QuarantinedRow> consumer) {
        String sql = "SELECT import_id, file_name, line, reason, detail, raw FROM quarantine "
                + "WHERE (? IS NULL OR import_id = ?) ORDER BY import_id, line, id";
        try (PreparedStatement ps = store.writer().prepareStatement(sql)) {
            bindImport(ps, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new QuarantinedRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new CaseStoreException(store.path() + ": cannot read quarantine: " + CaseStore.describe(e), e);
        }
    }

    private static void bindImport(PreparedStatement ps, Long importId) throws SQLException {
        if (importId == null) {
            ps.setNull(1, java.sql.Types.INTEGER);
            ps.setNull(2, java.sql.Types.INTEGER);
        } else {
            ps.setLong(1, importId);
            ps.setLong(2, importId);
        }
    }
}
