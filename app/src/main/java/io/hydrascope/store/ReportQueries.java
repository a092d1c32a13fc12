package io.hydrascope.store;

import io.hydrascope.model.AccountInfo;
import io.hydrascope.model.AnalysisRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report needs to know about the case and the accounts in its scope: the analysis run, cluster members,
 * account profiles and activity spans. Works on a {@link ReadSession}, so it runs on any reader thread.
 */
public final class ReportQueries {
    private final ReadSession session;

    public ReportQueries(ReadSession session) {
        this.session = session;
    }

    /** The latest finished analysis run, or empty when the case was never analysed. */
    public Optional<AnalysisRun> latestRun() {
        String sql = "SELECT id, started_at, finished_at, version, settings, summary FROM analysis_runs "
                + "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1";
        try (PreparedStatement ps = c().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new AnalysisRun(rs.getLong(1), Instant.parse(rs.getString(2)),
                    Instant.parse(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Number of clusters of the latest run and how many of them are flagged: {all, flagged}. */
    public int[] clusterCounts() {
        try (PreparedStatement ps = c().prepareStatement("SELECT count(*), coalesce(sum(flagged), 0) FROM clusters");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Internal references of a cluster's member accounts, in account id order. */
    public List<Long> memberRefs(long clusterId) {
        String sql = "SELECT r.account_ref FROM account_results r JOIN accounts a ON a.id = r.account_ref "
                + "WHERE r.cluster_id = ? ORDER BY a.account_id";
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Account id to internal reference, for the ids that exist in the case. */
    public Map<String, Long> refsOf(Collection<String> accountIds) {
        String sql = "SELECT account_id, id FROM accounts WHERE account_id IN (SELECT value FROM json_each(?))";
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(accountIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Profiles of the given accounts, by internal reference. */
    public Map<Long, AccountInfo> accounts(Collection<Long> refs) {
        String sql = "SELECT id, account_id, created_at, email_domain, payment_fingerprint, country, org_id, plan "
                + "FROM accounts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY account_id";
        Map<Long, AccountInfo> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long created = rs.getLong(3);
                    Long createdAt = rs.wasNull() ? null : created;
                    out.put(rs.getLong(1), new AccountInfo(rs.getLong(1), rs.getString(2), createdAt,
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** When an account was active: first and last interaction time (microseconds) and interaction count. */
    public record ActivitySpan(long firstTs, long lastTs, long interactions) {
    }

    /** Activity spans of the given accounts, by internal reference; accounts without interactions are absent. */
    public Map<Long, ActivitySpan> activity(Collection<Long> refs) {
        String sql = "SELECT account_ref, min(ts), max(ts), count(*) FROM interactions "
                + "WHERE account_ref IN (SELECT value FROM json_each(?)) GROUP BY account_ref";
        Map<Long, ActivitySpan> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new ActivitySpan(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Case-wide number of accounts per value of a profile field, for the given values. */
    public Map<String, Integer> accountsWithPayment(Collection<String> fingerprints) {
        return profileCounts("SELECT payment_fingerprint, count(*) FROM accounts "
                + "WHERE payment_fingerprint IN (SELECT value FROM json_each(?)) GROUP BY 1", fingerprints);
    }

    /** Case-wide number of accounts per e-mail domain, for the given domains. */
    public Map<String, Integer> accountsWithEmailDomain(Collection<String> domains) {
        return profileCounts("SELECT email_domain, count(*) FROM accounts "
                + "WHERE email_domain IN (SELECT value FROM json_each(?)) GROUP BY 1", domains);
    }

    private Map<String, Integer> profileCounts(String sql, Collection<String> values) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(values));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private Connection c() {
        return session.connection();
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read the case for the report: "
                + CaseStore.describe(e), e);
    }
}
