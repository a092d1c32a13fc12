package io.hydrascope.store;

import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.SharedIp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Finding accounts: by id prefix, by volume, by shared infrastructure. Read-only. */
public final class AccountDirectoryRepository {
    /** The highest code point: every id starting with a prefix sorts below prefix + this. */
    private static final String MAX_SUFFIX = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final ReadSession session;

    public AccountDirectoryRepository(ReadSession session) {
        this.session = session;
    }

    /** Account ids starting with {@code prefix} (case-sensitive, as stored), in order; a range on the unique index. */
    public List<String> idsStartingWith(String prefix, int limit) {
        String sql = "SELECT account_id FROM accounts WHERE account_id >= ? AND account_id < ? ORDER BY account_id "
                + "LIMIT ?";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + MAX_SUFFIX);
            ps.setInt(3, limit);
            return StringColumn.read(ps);
        } catch (SQLException e) {
            throw fail("cannot search accounts", e);
        }
    }

    /** The accounts with the most interactions; reads the whole (account, time) index once. */
    public List<AccountVolume> busiest(int limit) {
        String sql = "SELECT a.account_id, x.n FROM (SELECT account_ref, count(*) AS n FROM interactions "
                + "GROUP BY account_ref ORDER BY n DESC LIMIT ?) x JOIN accounts a ON a.id = x.account_ref "
                + "ORDER BY x.n DESC, a.account_id";
        return volumes(sql, null, limit);
    }

    /**
     * Accounts that sent at least one request from an IP this account used, busiest first, the account itself
     * included: an ad-hoc cluster to look at before any analysis ran.
     */
    public List<AccountVolume> sharingAnIp(String accountId, int limit) {
        String sql = "SELECT a.account_id, count(*) AS n FROM interactions j JOIN accounts a ON a.id = j.account_ref "
                + "WHERE j.ip IN (SELECT DISTINCT ip FROM interactions WHERE ip IS NOT NULL AND account_ref = "
                + "(SELECT id FROM accounts WHERE account_id = ?)) GROUP BY j.account_ref ORDER BY n DESC, "
                + "a.account_id LIMIT ?";
        return volumes(sql, accountId, limit);
    }

    /**
     * The IPs this account used that other accounts used too, with how many accounts used each (the account
     * included), most shared first: what ties together the accounts of {@link #sharingAnIp}.
     */
    public List<SharedIp> sharedIps(String accountId, int limit) {
        String sql = "SELECT j.ip, count(DISTINCT j.account_ref) AS n FROM interactions j WHERE j.ip IN (SELECT "
                + "DISTINCT ip FROM interactions WHERE ip IS NOT NULL AND account_ref = (SELECT id FROM accounts "
                + "WHERE account_id = ?)) GROUP BY j.ip HAVING n > 1 ORDER BY n DESC, j.ip LIMIT ?";
        List<SharedIp> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SharedIp(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot list shared IPs", e);
        }
    }

    private List<AccountVolume> volumes(String sql, String accountId, int limit) {
        List<AccountVolume> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            int i = 1;
            if (accountId != null) {
                ps.setString(i++, accountId);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AccountVolume(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot list accounts", e);
        }
    }

    private Connection c() {
        return session.connection();
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(session.path() + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
