package io.hydrascope.store;

import io.hydrascope.model.InteractionRow;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Row mapper shared by the repositories that list interactions. */
final class InteractionRows {
    /** Characters of a prompt a table row carries; the full prompt is read on demand. */
    static final int PREVIEW_CHARS = 240;

    /** Columns of {@code interactions i JOIN accounts a}, in the order {@link #map} reads them. */
    static final String COLUMNS = "i.id, i.ts, a.account_id, i.ip, i.user_agent, i.model, i.conversation_id, i.turn, "
            + "i.input_tokens, i.output_tokens, substr(i.prompt, 1, " + PREVIEW_CHARS + "), "
            + "coalesce(length(i.prompt), 0), i.flags, i.request_id";

    private InteractionRows() {
    }

    static InteractionRow map(ResultSet rs) throws SQLException {
        return new InteractionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), nullableInt(rs, 8), nullableLong(rs, 9), nullableLong(rs, 10),
                rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getString(14));
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
