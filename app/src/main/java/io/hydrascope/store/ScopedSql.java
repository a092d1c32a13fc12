package io.hydrascope.store;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement assembled from fixed fragments, with its parameters in the order the fragments need them. Only the
 * fragments below ever become SQL text; scope ids, topics, models and times are always bound as parameters.
 * Aliases: {@code i} interactions, {@code t} interaction_topics.
 */
final class ScopedSql {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    ScopedSql(String start) {
        sql.append(start);
    }

    ScopedSql append(String fragment, Object... values) {
        sql.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    /** Appends " AND condition" for the scope (nothing for the whole case). */
    ScopedSql scope(InteractionScope scope) {
        switch (scope.kind()) {
            case CLUSTER -> append(" AND i.account_ref IN (SELECT account_ref FROM account_results "
                    + "WHERE cluster_id = ?)", Long.parseLong(scope.id()));
            case ACCOUNT -> append(" AND i.account_ref = (SELECT id FROM accounts WHERE account_id = ?)", scope.id());
            case CASE -> { }
        }
        return this;
    }

    /** Appends " AND condition" for every restriction of the filter; {@code withRisk} includes the risk floor. */
    ScopedSql filter(InteractionCriteria filter, boolean withRisk) {
        if (!filter.topics().isEmpty()) {
            append(" AND t.topic IN (SELECT value FROM json_each(?))", JsonParams.array(filter.topics()));
        }
        if (!filter.models().isEmpty()) {
            append(" AND i.model IN (SELECT value FROM json_each(?))", JsonParams.array(filter.models()));
        }
        if (filter.window() != null) {
            append(" AND i.ts >= ? AND i.ts < ?", filter.window().fromMicros(), filter.window().toMicros());
        }
        if (withRisk && filter.minRisk() > 0) {
            append(" AND i.account_ref IN (SELECT account_ref FROM account_results WHERE risk >= ?)",
                    filter.minRisk());
        }
        return this;
    }

    PreparedStatement prepare(java.sql.Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
