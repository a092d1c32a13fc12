package io.hydrascope.store;

import io.hydrascope.model.InteractionFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The condition a listing of {@code interactions i} adds for an {@link InteractionFilter}. Its text is the same for
 * every non-empty filter (the sets are bound as JSON arrays), and absent for an empty one so that unfiltered counts
 * stay index-only.
 */
final class InteractionFilterSql {
    private static final String CLAUSE = " AND (? = 0 OR i.model IN (SELECT value FROM json_each(?)))"
            + " AND (? = 0 OR EXISTS (SELECT 1 FROM interaction_topics t WHERE t.interaction_id = i.id"
            + " AND t.topic IN (SELECT value FROM json_each(?))))";

    private InteractionFilterSql() {
    }

    static String clause(InteractionFilter filter) {
        return filter.isEmpty() ? "" : CLAUSE;
    }

    /** Binds the clause's parameters from {@code index} on; returns the next free index. */
    static int bind(PreparedStatement ps, int index, InteractionFilter filter) throws SQLException {
        if (filter.isEmpty()) {
            return index;
        }
        ps.setInt(index, filter.models().size());
        ps.setString(index + 1, JsonParams.array(filter.models()));
        ps.setInt(index + 2, filter.topics().size());
        ps.setString(index + 3, JsonParams.array(filter.topics()));
        return index + 4;
    }
}
