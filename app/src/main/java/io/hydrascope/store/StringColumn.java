package io.hydrascope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a query whose first column is text, such as a list of account ids. */
final class StringColumn {
    private StringColumn() {
    }

    /** Runs the bound statement and returns its first column, in row order. */
    static List<String> read(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
