package io.hydrascope.store;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.PromptHit;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.SearchIndexStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search over prompts for the window: plain words (each taken literally) or FTS5 query syntax, with the
 * view filter applied, matches marked by {@link PromptHit#MATCH_START}/{@link PromptHit#MATCH_END}. Works on the
 * part of the index built so far; {@link #status} says how far that is. A reader thread's session only.
 */
public final class PromptSearch {
    private final ReadSession session;

    public PromptSearch(ReadSession session) {
        this.session = session;
    }

    /** The best matches, at most {@code limit}, and how many prompts match in all (within the filter). */
    public record Result(List<PromptRow> hits, long matches) {
    }

    /** How far the index has caught up with the interactions. */
    public SearchIndexStatus status() {
        try {
            return new SearchIndexStatus(PromptIndex.indexedUpto(session.connection()),
                    PromptIndex.maxId(session.connection()));
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    /**
     * Searches prompts. With {@code syntax} false every word is matched literally; with it true the text is an
     * FTS5 query (AND, OR, NOT, "phrases", prefix*, NEAR(...)) and a malformed one fails with a
     * {@link SearchQueryException} that explains the problem.
     */
    public Result search(String text, boolean syntax, InteractionCriteria filter, int limit) {
        String match = syntax ? text.strip() : PromptIndex.toLiteralQuery(text);
        if (match.isEmpty()) {
            return new Result(List.of(), 0);
        }
        ScopedSql sql = new ScopedSql("SELECT i.id, i.request_id, a.account_id, i.ts, i.model, t.topic, "
                + "coalesce(t.cot, 0), snippet(prompts_fts, 0, char(2), char(3), '…', 14), "
                + "coalesce(length(i.prompt), 0) FROM prompts_fts JOIN interactions i ON i.id = prompts_fts.rowid "
                + "JOIN accounts a ON a.id = i.account_ref LEFT JOIN interaction_topics t ON t.interaction_id = i.id "
                + "WHERE prompts_fts MATCH ?").append("", match).filter(filter, true)
                .append(" ORDER BY rank, i.id LIMIT ?", limit);
        ScopedSql count = new ScopedSql("SELECT count(*) FROM prompts_fts JOIN interactions i "
                + "ON i.id = prompts_fts.rowid LEFT JOIN interaction_topics t ON t.interaction_id = i.id "
                + "WHERE prompts_fts MATCH ?").append("", match).filter(filter, true);
        List<PromptRow> hits;
        try {
            hits = TopicQueries.readPromptRows(session, sql);
        } catch (SQLException e) {
            throw translate(e, text);
        }
        if (hits.size() < limit) {
            return new Result(hits, hits.size());
        }
        try (PreparedStatement ps = count.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            return new Result(hits, rs.getLong(1));
        } catch (SQLException e) {
            throw translate(e, text);
        }
    }

    /** The whole prompt of one hit with every match marked, or "" when it no longer matches. */
    public String highlighted(String text, boolean syntax, long interactionId) {
        String match = syntax ? text.strip() : PromptIndex.toLiteralQuery(text);
        try (PreparedStatement ps = session.connection().prepareStatement("SELECT highlight(prompts_fts, 0, "
                + "char(2), char(3)) FROM prompts_fts WHERE prompts_fts MATCH ? AND rowid = ?")) {
            ps.setString(1, match);
            ps.setLong(2, interactionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw translate(e, text);
        }
    }

    private CaseStoreException translate(SQLException e, String text) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        int fts = lower.indexOf("fts5:");
        if (fts >= 0) {
            String reason = msg.substring(fts + 5).replaceAll("\\)\\s*$", "").strip()
                    .replace("syntax error near \"\"", "it ends too early");
            return new SearchQueryException("The search \"" + text.strip() + "\" is not a valid query ("
                    + reason + "). Put words in double quotes to search for them literally, or untick "
                    + "\"Query syntax\".", e);
        }
        if (lower.contains("no such column")) {
            return new SearchQueryException("The search \"" + text.strip() + "\" names a column (a word before "
                    + "':'); prompts have none. Put the words in double quotes to search for them literally.", e);
        }
        if (lower.contains("unterminated string")) {
            return new SearchQueryException("The search \"" + text.strip() + "\" opens a double quote it never "
                    + "closes. Close it, or put the words in double quotes as a whole phrase.", e);
        }
        if (lower.contains("unknown special query") || lower.contains("malformed match")) {
            return new SearchQueryException("The search \"" + text.strip() + "\" is not a valid query. Put words "
                    + "in double quotes to search for them literally.", e);
        }
        return new CaseStoreException(session.path() + ": search failed: " + CaseStore.describe(e), e);
    }
}
