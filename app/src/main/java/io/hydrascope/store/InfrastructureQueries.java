package io.hydrascope.store;

import io.hydrascope.model.LinkKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure a set of accounts used (IPs, user agents), how much of each the rest of the case used too, and
 * the link keys that join the accounts. Works on a {@link ReadSession}.
 */
public final class InfrastructureQueries {
    private final ReadSession session;

    public InfrastructureQueries(ReadSession session) {
        this.session = session;
    }

    /** How one account used one value (an IP, a user agent): interactions and first/last time seen. */
    public record Usage(String value, long accountRef, long interactions, long firstTs, long lastTs) {
    }

    /** How the whole case used one value: its interactions and distinct accounts. */
    public record Reach(long interactions, int accounts) {
    }

    /** IPs used by the given accounts, per account. */
    public List<Usage> ipUsage(Collection<Long> refs) {
        return usage("SELECT ip, account_ref, count(*), min(ts), max(ts) FROM interactions "
                + "WHERE account_ref IN (SELECT value FROM json_each(?)) AND ip IS NOT NULL AND ip <> '' "
                + "GROUP BY ip, account_ref ORDER BY 1, 2", refs);
    }

    /** User agents used by the given accounts, per account. */
    public List<Usage> userAgentUsage(Collection<Long> refs) {
        return usage("SELECT user_agent, account_ref, count(*), min(ts), max(ts) FROM interactions "
                + "WHERE account_ref IN (SELECT value FROM json_each(?)) AND user_agent IS NOT NULL "
                + "AND user_agent <> '' GROUP BY user_agent, account_ref ORDER BY 1, 2", refs);
    }

    /** Case-wide use of the given IPs. */
    public Map<String, Reach> ipReach(Collection<String> ips) {
        return reach("SELECT ip, count(*), count(DISTINCT account_ref) FROM interactions "
                + "WHERE ip IN (SELECT value FROM json_each(?)) GROUP BY ip", ips);
    }

    /** Case-wide use of the given user agents. */
    public Map<String, Reach> userAgentReach(Collection<String> userAgents) {
        return reach("SELECT user_agent, count(*), count(DISTINCT account_ref) FROM interactions "
                + "WHERE user_agent IN (SELECT value FROM json_each(?)) GROUP BY user_agent", userAgents);
    }

    /**
     * Case-wide use of the addresses starting with each given text prefix (a subnet as written in the logs, e.g.
     * {@code "203.0.113."}); a range scan of the IP index per prefix.
     */
    public Map<String, Reach> prefixReach(Collection<String> prefixes) {
        String sql = "SELECT count(*), count(DISTINCT account_ref) FROM interactions WHERE ip >= ? AND ip < ?";
        Map<String, Reach> out = new LinkedHashMap<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (String prefix : prefixes) {
                if (prefix.isEmpty()) {
                    continue;
                }
                char last = prefix.charAt(prefix.length() - 1);
                ps.setString(1, prefix);
                ps.setString(2, prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(prefix, new Reach(rs.getLong(1), rs.getInt(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** One account's use of one link key. */
    public record KeyLink(long accountRef, LinkKey key, long uses) {
    }

    /** The link keys the given accounts hold, with how often each account used each key. */
    public List<KeyLink> keyLinks(Collection<Long> refs) {
        String sql = "SELECT ak.account_ref, k.id, k.kind, k.value, k.accounts, k.weight, ak.uses "
                + "FROM account_keys ak JOIN link_keys k ON k.id = ak.key_id "
                + "WHERE ak.account_ref IN (SELECT value FROM json_each(?)) ORDER BY k.id, ak.account_ref";
        List<KeyLink> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new KeyLink(rs.getLong(1), new LinkKey(rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getDouble(6)), rs.getLong(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private List<Usage> usage(String sql, Collection<Long> refs) {
        List<Usage> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Usage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private Map<String, Reach> reach(String sql, Collection<String> values) {
        Map<String, Reach> out = new LinkedHashMap<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(values));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Reach(rs.getLong(2), rs.getInt(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read infrastructure: " + CaseStore.describe(e), e);
    }
}
