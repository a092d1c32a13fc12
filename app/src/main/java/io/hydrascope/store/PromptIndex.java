package io.hydrascope.store;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.PromptHit;
import io.hydrascope.model.ProgressListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over prompts (FTS5, external content). Imports do not wait for it: {@link #build} catches the
 * index up with the interactions table in committed chunks, so it can be cancelled and resumed, and
 * {@link #isReady} tells whether search covers every interaction yet.
 */
public final class PromptIndex {
    static final String UPTO_KEY = "fts_indexed_upto";
    private static final int CHUNK = 20_000;

    private final CaseStore store;

    PromptIndex(CaseStore store) {
        this.store = store;
    }

    /** Indexes every interaction not indexed yet. Writer thread only. */
    public void build(ProgressListener progress, CancellationToken cancel) {
        Connection c = store.writer();
        try {
            long upto = indexedUpto(c);
            long max = maxId(c);
            long total = max - upto;
            long start = upto;
            while (upto < max) {
                cancel.throwIfCancelled();
                long next = Math.min(max, upto + CHUNK);
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO prompts_fts (rowid, prompt) "
                        + "SELECT id, prompt FROM interactions WHERE id > ? AND id <= ? AND prompt IS NOT NULL");
                     PreparedStatement meta = c.prepareStatement(
                             "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
                    ps.setLong(1, upto);
                    ps.setLong(2, next);
                    ps.executeUpdate();
                    meta.setString(1, UPTO_KEY);
                    meta.setString(2, Long.toString(next));
                    meta.executeUpdate();
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                upto = next;
                progress.progress(upto - start, total, "indexing prompts for search");
            }
        } catch (SQLException e) {
            throw new CaseStoreException(store.path() + ": cannot build the search index: "
                    + CaseStore.describe(e), e);
        }
    }

    public boolean isReady() {
        try {
            return isReady(store.writer());
        } catch (SQLException e) {
            throw new CaseStoreException(store.path() + ": " + CaseStore.describe(e), e);
        }
    }

    /** Searches prompts for all the given words (each taken literally), best matches first. */
    public static List<PromptHit> search(ReadSession session, String words, int limit) {
        return search(session.connection(), session.path().toString(), words, limit);
    }

    public List<PromptHit> search(String words, int limit) {
        return search(store.writer(), store.path().toString(), words, limit);
    }

    private static List<PromptHit> search(Connection c, String caseName, String words, int limit) {
        String expression = toLiteralQuery(words);
        List<PromptHit> hits = new ArrayList<>();
        if (expression.isEmpty()) {
            return hits;
        }
        String sql = "SELECT i.id, i.request_id, a.account_id, i.ts, "
                + "snippet(prompts_fts, 0, char(2), char(3), '…', 24) "
                + "FROM prompts_fts JOIN interactions i ON i.id = prompts_fts.rowid "
                + "JOIN accounts a ON a.id = i.account_ref "
                + "WHERE prompts_fts MATCH ? ORDER BY rank LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, expression);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new PromptHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new CaseStoreException(caseName + ": search failed: " + CaseStore.describe(e), e);
        }
    }

    /** Quotes every word so that user text is never parsed as FTS5 query syntax. */
    static String toLiteralQuery(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('"').append(word.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }

    static boolean isReady(Connection c) throws SQLException {
        return indexedUpto(c) >= maxId(c);
    }

    static long indexedUpto(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, UPTO_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    static long maxId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM interactions");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
