package io.hydrascope.store;

import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Analysts' tags, notes and bookmarks on the case, accounts, clusters and interactions. Writes go through the case's
 * writer ({@link CaseStore#annotations()}, writer thread only); reads also work on a reader's own session
 * ({@link #reading(ReadSession)}), where writes fail because the connection is read-only.
 */
public final class AnnotationRepository {
    private static final String COLUMNS = "id, target_kind, target_id, tag, note, bookmarked, created_at, author";

    private final Connection connection;
    private final String caseName;
    private final Clock clock;

    AnnotationRepository(Connection connection, String caseName, Clock clock) {
        this.connection = connection;
        this.caseName = caseName;
        this.clock = clock;
    }

    /** Read access for a reader thread with its own session. */
    public static AnnotationRepository reading(ReadSession session) {
        return new AnnotationRepository(session.connection(), session.path().toString(), Clock.systemUTC());
    }

    public long addTag(AnnotationTarget target, String targetId, String tag, String author) {
        return add(target, targetId, requireText(tag, "tag"), null, false, author);
    }

    public long addNote(AnnotationTarget target, String targetId, String note, String author) {
        return add(target, targetId, null, requireText(note, "note"), false, author);
    }

    /** Bookmarks a target, optionally saying why; bookmarked interactions are reported as evidence first. */
    public long bookmark(AnnotationTarget target, String targetId, String note, String author) {
        return add(target, targetId, null, note == null || note.isBlank() ? null : note, true, author);
    }

    /** Adds an annotation with any combination of tag, note and bookmark; returns its id. */
    public long add(AnnotationTarget target, String targetId, String tag, String note, boolean bookmarked,
                    String author) {
        Objects.requireNonNull(target, "target");
        requireText(targetId, "target id");
        String sql = "INSERT INTO annotations (target_kind, target_id, tag, note, bookmarked, created_at, author) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, target.dbValue());
            ps.setString(2, targetId);
            ps.setString(3, tag);
            ps.setString(4, note);
            ps.setInt(5, bookmarked ? 1 : 0);
            ps.setString(6, clock.instant().toString());
            ps.setString(7, author);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("cannot store the annotation", e);
        }
    }

    /** Replaces the tag, note and bookmark flag of one annotation; returns false when it did not exist. */
    public boolean update(long id, String tag, String note, boolean bookmarked) {
        String sql = "UPDATE annotations SET tag = ?, note = ?, bookmarked = ? WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, tag == null || tag.isBlank() ? null : tag.strip());
            ps.setString(2, note == null || note.isBlank() ? null : note);
            ps.setInt(3, bookmarked ? 1 : 0);
            ps.setLong(4, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw fail("cannot change the annotation", e);
        }
    }

    /** Deletes one annotation; returns false when it did not exist. */
    public boolean remove(long id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw fail("cannot delete the annotation", e);
        }
    }

    /** The annotations of one target, oldest first. */
    public List<Annotation> forTarget(AnnotationTarget target, String targetId) {
        return query("SELECT " + COLUMNS + " FROM annotations WHERE target_kind = ? AND target_id = ? ORDER BY id",
                target.dbValue(), targetId);
    }

    /** Every annotation on targets of one kind, oldest first. */
    public List<Annotation> ofKind(AnnotationTarget target) {
        return query("SELECT " + COLUMNS + " FROM annotations WHERE target_kind = ? ORDER BY id", target.dbValue());
    }

    /** Every annotation of the case, oldest first. */
    public List<Annotation> all() {
        return query("SELECT " + COLUMNS + " FROM annotations ORDER BY id");
    }

    /** Bookmarks on targets of one kind, oldest first. */
    public List<Annotation> bookmarks(AnnotationTarget target) {
        return query("SELECT " + COLUMNS + " FROM annotations WHERE target_kind = ? AND bookmarked = 1 ORDER BY id",
                target.dbValue());
    }

    /** Request ids of the bookmarked interactions (the case's evidence), in the order they were bookmarked. */
    public List<String> bookmarkedRequestIds() {
        List<String> out = new ArrayList<>();
        for (Annotation a : bookmarks(AnnotationTarget.INTERACTION)) {
            if (!out.contains(a.targetId())) {
                out.add(a.targetId());
            }
        }
        return out;
    }

    private List<Annotation> query(String sql, String... params) {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Annotation(rs.getLong(1), AnnotationTarget.fromDb(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6) == 1,
                            java.time.Instant.parse(rs.getString(7)), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read annotations", e);
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(caseName + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
