package io.hydrascope.store;

import io.hydrascope.model.AccountInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the accounts of a case with their profiles. */
public final class AccountDirectory {
    private AccountDirectory() {
    }

    public static List<AccountInfo> all(ReadSession session) {
        String sql = "SELECT id, account_id, created_at, email_domain, payment_fingerprint, country, org_id, plan "
                + "FROM accounts ORDER BY id";
        List<AccountInfo> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long created = rs.getLong(3);
                Long createdAt = rs.wasNull() ? null : created;
                out.add(new AccountInfo(rs.getLong(1), rs.getString(2), createdAt, rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot read accounts: " + CaseStore.describe(e), e);
        }
    }
}
