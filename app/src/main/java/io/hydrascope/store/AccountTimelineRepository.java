package io.hydrascope.store;

import io.hydrascope.model.AccountOverview;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.InteractionFilter;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.UsageSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries behind one account's timeline. Every query is a range on the (account_ref, ts) index, and
 * activity is counted per bucket in SQL, so the cost follows the account's size, never the case's.
 */
public final class AccountTimelineRepository {
    private final ReadSession session;

    public AccountTimelineRepository(ReadSession session) {
        this.session = session;
    }

    /** The account's profile, label and activity extent; empty when the case has no such account. */
    public Optional<AccountOverview> find(String accountId) {
        String sql = "SELECT a.account_id, a.created_at, a.email_domain, a.payment_fingerprint, a.country, a.org_id, "
                + "a.plan, l.campaign, l.population, "
                + "(SELECT count(*) FROM interactions WHERE account_ref = a.id), "
                + "(SELECT min(ts) FROM interactions WHERE account_ref = a.id), "
                + "(SELECT max(ts) FROM interactions WHERE account_ref = a.id) "
                + "FROM accounts a LEFT JOIN labels l ON l.account_id = a.account_id WHERE a.account_id = ?";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                AccountProfile profile = new AccountProfile(rs.getString(1), InteractionRows.nullableLong(rs, 2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                return Optional.of(new AccountOverview(profile, rs.getString(8), rs.getString(9), rs.getLong(10),
                        InteractionRows.nullableLong(rs, 11), InteractionRows.nullableLong(rs, 12)));
            }
        } catch (SQLException e) {
            throw fail("cannot read account " + accountId, e);
        }
    }

    /**
     * Interactions per bucket and model in the window. Bucket starts are {@code origin + k * bucketMicros}, so a
     * caller can align day buckets with midnight in the zone it shows.
     */
    public List<BucketCount> activity(String accountId, TimeRange window, long bucketMicros, long origin) {
        String sql = "SELECT (i.ts - ?) / ? AS b, coalesce(i.model, ''), count(*) FROM interactions i "
                + "WHERE i.account_ref = (SELECT id FROM accounts WHERE account_id = ?) AND i.ts >= ? AND i.ts < ? "
                + "GROUP BY b, 2 ORDER BY b";
        List<BucketCount> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setLong(1, origin);
            ps.setLong(2, bucketMicros);
            ps.setString(3, accountId);
            ps.setLong(4, Math.max(window.fromMicros(), origin));
            ps.setLong(5, window.toMicros());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BucketCount(origin + rs.getLong(1) * bucketMicros, rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read activity of " + accountId, e);
        }
    }

    /** The first {@code limit} interactions of the window in time order. */
    public List<InteractionRow> interactions(String accountId, TimeRange window, int limit) {
        return interactions(accountId, window, InteractionFilter.NONE, limit);
    }

    /** The first {@code limit} interactions of the window that pass {@code filter}, in time order. */
    public List<InteractionRow> interactions(String accountId, TimeRange window, InteractionFilter filter,
                                             int limit) {
        String sql = "SELECT " + InteractionRows.COLUMNS + " FROM interactions i "
                + "JOIN accounts a ON a.id = i.account_ref "
                + "WHERE a.account_id = ? AND i.ts >= ? AND i.ts < ?" + InteractionFilterSql.clause(filter)
                + " ORDER BY i.ts, i.id LIMIT ?";
        List<InteractionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setLong(2, window.fromMicros());
            ps.setLong(3, window.toMicros());
            ps.setInt(InteractionFilterSql.bind(ps, 4, filter), limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(InteractionRows.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read interactions of " + accountId, e);
        }
    }

    /** How many interactions the account has in the window (index only). */
    public long count(String accountId, TimeRange window) {
        return count(accountId, window, InteractionFilter.NONE);
    }

    /** How many interactions the account has in the window that pass {@code filter}. */
    public long count(String accountId, TimeRange window, InteractionFilter filter) {
        String sql = "SELECT count(*) FROM interactions i WHERE i.account_ref = (SELECT id FROM accounts "
                + "WHERE account_id = ?) AND i.ts >= ? AND i.ts < ?" + InteractionFilterSql.clause(filter);
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setLong(2, window.fromMicros());
            ps.setLong(3, window.toMicros());
            InteractionFilterSql.bind(ps, 4, filter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw fail("cannot count interactions of " + accountId, e);
        }
    }

    /** The full prompt of one interaction, for the detail pane. */
    public Optional<String> prompt(long interactionId) {
        try (PreparedStatement ps = c().prepareStatement("SELECT prompt FROM interactions WHERE id = ?")) {
            ps.setLong(1, interactionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("cannot read interaction " + interactionId, e);
        }
    }

    /** The IPs the account used, in order of first use (at most {@code limit}). */
    public List<UsageSpan> ips(String accountId, int limit) {
        return usage("ip", accountId, limit);
    }

    /** The user agents the account used, in order of first use (at most {@code limit}). */
    public List<UsageSpan> userAgents(String accountId, int limit) {
        return usage("user_agent", accountId, limit);
    }

    private List<UsageSpan> usage(String column, String accountId, int limit) {
        // column is one of two constants above, never user input
        String sql = "SELECT coalesce(" + column + ", ''), min(ts), max(ts), count(*) FROM interactions "
                + "WHERE account_ref = (SELECT id FROM accounts WHERE account_id = ?) GROUP BY 1 ORDER BY 2 LIMIT ?";
        List<UsageSpan> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UsageSpan(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read " + column + " use of " + accountId, e);
        }
    }

    private Connection c() {
        return session.connection();
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(session.path() + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
