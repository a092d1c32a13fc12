package io.hydrascope.store;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.TopicBreakdown;
import io.hydrascope.model.TopicBucket;
import io.hydrascope.model.TopicStat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Topic breakdowns of the latest analysis for the case, a cluster or an account: shares against a baseline, topics
 * over time and a topic's prompts, page by page. Everything is counted in SQL; a reader thread's session only.
 */
public final class TopicQueries {
    /** Characters of a prompt a list shows; the full text is read for the selected one only. */
    public static final int PREVIEW_CHARS = 240;

    /** What a scope's topics are compared with. */
    public enum Baseline {
        /** Interactions of accounts the analysis did not flag (outside the scope). */
        UNFLAGGED,
        /** Every interaction outside the scope. */
        REST
    }

    static final String PROMPT_COLUMNS = "SELECT i.id, i.request_id, a.account_id, i.ts, i.model, t.topic, "
            + "coalesce(t.cot, 0), substr(i.prompt, 1, " + PREVIEW_CHARS + "), coalesce(length(i.prompt), 0) ";

    private final ReadSession session;

    public TopicQueries(ReadSession session) {
        this.session = session;
    }

    /** Topic shares and chain-of-thought rates of the scope and of the baseline, largest first. */
    public TopicBreakdown breakdown(InteractionScope scope, InteractionCriteria filter, Baseline baseline) {
        // One pass over the interactions with their account's result joined once: cheaper than a subquery per row.
        ScopedSql sql = new ScopedSql("SELECT topic, sum(in_scope), sum(in_scope * cot), sum(in_base), "
                + "sum(in_base * cot) FROM (SELECT t.topic AS topic, t.cot AS cot, (1");
        String inScope = switch (scope.kind()) {
            case CASE -> "";
            case CLUSTER -> " AND coalesce(r.cluster_id = ?, 0)";
            case ACCOUNT -> " AND i.account_ref = ?";
        };
        Object[] scopeId = switch (scope.kind()) {
            case CASE -> new Object[0];
            case CLUSTER -> new Object[] {Long.parseLong(scope.id())};
            case ACCOUNT -> new Object[] {accountRef(scope.id())};
        };
        sql.append(inScope, scopeId);
        if (filter.minRisk() > 0) {
            sql.append(" AND coalesce(r.risk >= ?, 0)", filter.minRisk());
        }
        sql.append(") AS in_scope, (");
        if (scope.kind() == InteractionScope.Kind.CASE) {
            sql.append(baseline == Baseline.REST ? "0" : "1");
        } else {
            sql.append("NOT (1" + inScope + ")", scopeId);
        }
        if (baseline == Baseline.UNFLAGGED) {
            sql.append(" AND coalesce(r.flagged, 0) = 0");
        }
        sql.append(") AS in_base FROM interactions i JOIN interaction_topics t ON t.interaction_id = i.id "
                + "LEFT JOIN account_results r ON r.account_ref = i.account_ref WHERE 1")
                .filter(filter, false).append(") WHERE in_scope = 1 OR in_base = 1 "
                        + "GROUP BY topic ORDER BY 2 DESC, 4 DESC, 1");
        List<long[]> counts = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        long[] totals = new long[4];
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long[] row = {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
                topics.add(rs.getString(1));
                counts.add(row);
                for (int k = 0; k < 4; k++) {
                    totals[k] += row[k];
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        List<TopicStat> stats = new ArrayList<>();
        for (int k = 0; k < topics.size(); k++) {
            long[] row = counts.get(k);
            if (row[0] == 0 && totals[0] > 0 && row[2] * 1000 < totals[2]) {
                continue; // a topic the scope never asks about and the baseline hardly does: noise
            }
            stats.add(new TopicStat(topics.get(k), row[0], share(row[0], totals[0]), row[1], row[2],
                    share(row[2], totals[2])));
        }
        return new TopicBreakdown(stats, totals[0], totals[1], totals[2], totals[3]);
    }

    /** The account's row id, or -1 (matching nothing) for an account the case does not have. */
    /** Runs a statement whose first nine columns are those of {@link #PROMPT_COLUMNS} (column 8 may be a snippet). */
    static List<PromptRow> readPromptRows(ReadSession session, ScopedSql sql) throws SQLException {
        List<PromptRow> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PromptRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getString(8), rs.getInt(9)));
            }
        }
        return out;
    }

    private long accountRef(String accountId) {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT id FROM accounts WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** First and last interaction time of the scope, or null when it has none. */
    public TimeRange span(InteractionScope scope, InteractionCriteria filter) {
        ScopedSql sql = new ScopedSql("SELECT min(i.ts), max(i.ts) FROM interactions i "
                + "JOIN interaction_topics t ON t.interaction_id = i.id WHERE 1").scope(scope).filter(filter, true);
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            long first = rs.getLong(1);
            if (rs.wasNull()) {
                return null;
            }
            return new TimeRange(first, rs.getLong(2) + 1);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Interactions per topic per bucket of {@code bucketMicros} counted from {@code originMicros}. */
    public List<TopicBucket> overTime(InteractionScope scope, InteractionCriteria filter, long originMicros,
                                      long bucketMicros) {
        ScopedSql sql = new ScopedSql("SELECT (i.ts - ?) / ?, t.topic, count(*) FROM interactions i "
                + "JOIN interaction_topics t ON t.interaction_id = i.id WHERE i.ts >= ?")
                .append("", originMicros, bucketMicros, originMicros).scope(scope).filter(filter, true)
                .append(" GROUP BY 1, 2 ORDER BY 1, 2");
        List<TopicBucket> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TopicBucket(originMicros + rs.getLong(1) * bucketMicros, rs.getString(2),
                        rs.getLong(3)));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** One page of a topic's prompts in the scope, oldest first. */
    public List<PromptRow> prompts(InteractionScope scope, InteractionCriteria filter, String topic, int offset,
                                   int limit) {
        ScopedSql sql = new ScopedSql(PROMPT_COLUMNS + "FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id JOIN accounts a ON a.id = i.account_ref "
                + "WHERE t.topic = ?").append("", topic).scope(scope).filter(filter, true)
                .append(" ORDER BY i.ts, i.id LIMIT ? OFFSET ?", limit, offset);
        return promptRows(session, sql);
    }

    /** The full text of one interaction's prompt, or "" when it has none. */
    public String fullPrompt(long interactionId) {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT coalesce(prompt, '') FROM interactions WHERE id = ?")) {
            ps.setLong(1, interactionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    static List<PromptRow> promptRows(ReadSession session, ScopedSql sql) {
        try {
            return readPromptRows(session, sql);
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot read prompts: " + CaseStore.describe(e), e);
        }
    }

    private static double share(long n, long total) {
        return total == 0 ? 0 : (double) n / total;
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read topics: " + CaseStore.describe(e), e);
    }
}
