package io.hydrascope;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a case file with plain SQL, as an analyst's SQLite tool would, to check what really landed in it. */
public final class CaseDb {
    private CaseDb() {
    }

    public static long count(Path casePath, String sql) {
        return Long.parseLong(column(casePath, sql).get(0));
    }

    public static List<String> column(Path casePath, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + casePath);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
