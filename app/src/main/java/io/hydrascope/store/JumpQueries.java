package io.hydrascope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Exact look-ups behind the window's jump-to field: an account id, the accounts that used an IP, the accounts paying
 * with one payment fingerprint, and the interaction with a request id. Each is one index search
 * ({@code accounts.account_id}, {@code idx_interactions_ip}, {@code idx_accounts_payment},
 * {@code idx_interactions_request_key}). Works on a {@link ReadSession}.
 */
public final class JumpQueries {
    private final ReadSession session;

    public JumpQueries(ReadSession session) {
        this.session = session;
    }

    /** Where a request id was logged: the account, the time (microseconds) and the row id. */
    public record InteractionPlace(String requestId, String accountId, long timestampMicros, long id) {
    }

    public boolean accountExists(String accountId) {
        return !strings("SELECT account_id FROM accounts WHERE account_id = ? LIMIT ?", accountId, 1).isEmpty();
    }

    /** Accounts that sent at least one request from {@code ip}, busiest first, at most {@code limit}. */
    public List<String> accountsUsingIp(String ip, int limit) {
        return strings("SELECT a.account_id FROM (SELECT account_ref, count(*) AS n FROM interactions WHERE ip = ? "
                + "GROUP BY account_ref) x JOIN accounts a ON a.id = x.account_ref ORDER BY x.n DESC, a.account_id "
                + "LIMIT ?", ip, limit);
    }

    /** Accounts whose profile carries this payment fingerprint, by id, at most {@code limit}. */
    public List<String> accountsWithPayment(String fingerprint, int limit) {
        return strings("SELECT account_id FROM accounts WHERE payment_fingerprint = ? ORDER BY account_id LIMIT ?",
                fingerprint, limit);
    }

    public Optional<InteractionPlace> interaction(String requestId) {
        String sql = "SELECT i.request_id, a.account_id, i.ts, i.id FROM interactions i "
                + "JOIN accounts a ON a.id = i.account_ref WHERE i.request_key = ? AND i.request_id = ?";
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setLong(1, RequestKeys.of(requestId));
            ps.setString(2, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new InteractionPlace(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private List<String> strings(String sql, String value, int limit) {
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setInt(2, limit);
            return StringColumn.read(ps);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot look up: " + CaseStore.describe(e), e);
    }
}
