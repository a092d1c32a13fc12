package io.hydrascope.store;

import io.hydrascope.model.DataKind;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ImportStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code imports} table: one row per source file, found again by its SHA-256. Writer-thread only, except the
 * static {@link #list(ReadSession)}.
 *
 * <p>Imports read as they stand, not only as they were last stored: a {@code running} import whose process is gone
 * reads as {@link ImportStatus#INTERRUPTED} (see {@link ImportOwner}), and rows it set aside to check against the
 * case ({@code import_suspects}) count as pending, not as the duplicates the stored counts provisionally call them.
 */
public final class ImportRepository {
    /** The import's columns, with its pending rows and the process recorded as running it. */
    private static final String SELECT = "SELECT id, file_name, file_path, file_size, head_sha256, sha256, format, "
            + "kind, started_at, finished_at, status, rows_read, imported, quarantined, duplicates, skipped, flagged, "
            + "message, coalesce(p.n, 0) AS pending, m.value AS owner FROM imports "
            + "LEFT JOIN (SELECT import_id, count(*) AS n FROM import_suspects GROUP BY import_id) p "
            + "ON p.import_id = imports.id "
            + "LEFT JOIN meta m ON m.key = '" + ImportOwner.KEY_PREFIX + "' || imports.id";

    private final CaseStore store;

    ImportRepository(CaseStore store) {
        this.store = store;
    }

    /** Imports of files of exactly this size, newest first: the only ones that can have the same content. */
    public List<ImportRecord> findBySize(long fileSize) {
        String sql = SELECT + " WHERE file_size = ? ORDER BY id DESC";
        List<ImportRecord> out = new ArrayList<>();
        try (PreparedStatement ps = store.writer().prepareStatement(sql)) {
            ps.setLong(1, fileSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read imports", e);
        }
    }

    public Optional<ImportRecord> find(long importId) {
        String sql = SELECT + " WHERE id = ?";
        try (PreparedStatement ps = store.writer().prepareStatement(sql)) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("cannot read imports", e);
        }
    }

    public List<ImportRecord> list() {
        return list(store.writer());
    }

    /** Every import of the case, oldest first, read on a reader's own session. */
    public static List<ImportRecord> list(ReadSession session) {
        return list(session.connection());
    }

    static List<ImportRecord> list(Connection connection) {
        List<ImportRecord> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStoreException("cannot read imports: " + CaseStore.describe(e), e);
        }
    }

    /** Records the start of an import, run by this process, and returns its id. */
    public long start(String fileName, String filePath, long fileSize, String headSha256, String sha256,
                      String format, DataKind kind) {
        String sql = "INSERT INTO imports (file_name, file_path, file_size, head_sha256, sha256, format, kind, "
                + "started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = store.writer().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setString(2, filePath);
            ps.setLong(3, fileSize);
            ps.setString(4, headSha256);
            ps.setString(5, sha256);
            ps.setString(6, format);
            ps.setString(7, kind.dbValue());
            ps.setString(8, Instant.now().toString());
            ps.setString(9, ImportStatus.RUNNING.dbValue());
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            recordOwner(id, ImportOwner.current());
            return id;
        } catch (SQLException e) {
            throw fail("cannot record import of " + fileName, e);
        }
    }

    /** Marks an unfinished import as running again (resumed), by this process. */
    public void resume(long importId) {
        update(importId, ImportStatus.RUNNING, null, null, null);
        try {
            recordOwner(importId, ImportOwner.current());
        } catch (SQLException e) {
            throw fail("cannot update import " + importId, e);
        }
    }

    /** Records how an import ended; {@code sha256} of the whole file when it was read to its end, else null. */
    public void finish(long importId, ImportStatus status, String message, String sha256) {
        if (status == ImportStatus.RUNNING || status == ImportStatus.INTERRUPTED) {
            throw new IllegalArgumentException("an import ends complete, cancelled or failed, not " + status);
        }
        update(importId, status, Instant.now().toString(), message, sha256);
        try (PreparedStatement ps = store.writer().prepareStatement("DELETE FROM meta WHERE key = ?")) {
            ps.setString(1, ImportOwner.key(importId));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("cannot update import " + importId, e);
        }
    }

    private void recordOwner(long importId, ImportOwner owner) throws SQLException {
        try (PreparedStatement ps = store.writer().prepareStatement("INSERT OR REPLACE INTO meta (key, value) "
                + "VALUES (?, ?)")) {
            ps.setString(1, ImportOwner.key(importId));
            ps.setString(2, owner.encode());
            ps.executeUpdate();
        }
    }

    private void update(long importId, ImportStatus status, String finishedAt, String message, String sha256) {
        String sql = "UPDATE imports SET status = ?, finished_at = ?, message = ?, sha256 = coalesce(?, sha256) "
                + "WHERE id = ?";
        try (PreparedStatement ps = store.writer().prepareStatement(sql)) {
            ps.setString(1, status.dbValue());
            ps.setString(2, finishedAt);
            ps.setString(3, message);
            ps.setString(4, sha256);
            ps.setLong(5, importId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("cannot update import " + importId, e);
        }
    }

    /**
     * Stores the counts; called inside the chunk transaction that wrote the rows they count. Pending rows are stored
     * as duplicates, as the table's check wants every row read accounted for; {@link #map} tells them apart again.
     */
    static void storeCounts(Connection connection, long importId, ImportCounts c) throws SQLException {
        String sql = "UPDATE imports SET rows_read = ?, imported = ?, quarantined = ?, duplicates = ?, skipped = ?, "
                + "flagged = ? WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, c.rowsRead());
            ps.setLong(2, c.imported());
            ps.setLong(3, c.quarantined());
            ps.setLong(4, c.duplicates() + c.pending());
            ps.setLong(5, c.skipped());
            ps.setLong(6, c.flagged());
            ps.setLong(7, importId);
            ps.executeUpdate();
        }
    }

    private static ImportRecord map(ResultSet rs) throws SQLException {
        String finished = rs.getString("finished_at");
        ImportStatus status = ImportStatus.fromDb(rs.getString("status"));
        if (status == ImportStatus.RUNNING
                && !ImportOwner.decode(rs.getString("owner")).map(ImportOwner::isAlive).orElse(false)) {
            status = ImportStatus.INTERRUPTED;
        }
        // The stored duplicates include the rows set aside for checking (see BulkImportWriter#addSuspect).
        long stored = rs.getLong("duplicates");
        long pending = Math.min(stored, rs.getLong("pending"));
        return new ImportRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_path"),
                rs.getLong("file_size"), rs.getString("head_sha256"), rs.getString("sha256"), rs.getString("format"),
                DataKind.fromDb(rs.getString("kind")), Instant.parse(rs.getString("started_at")),
                finished == null ? null : Instant.parse(finished), status,
                new ImportCounts(rs.getLong("rows_read"), rs.getLong("imported"), rs.getLong("quarantined"),
                        stored - pending, rs.getLong("skipped"), rs.getLong("flagged"), pending),
                rs.getString("message"));
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(store.path() + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
