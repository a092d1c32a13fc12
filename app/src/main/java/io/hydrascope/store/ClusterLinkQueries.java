package io.hydrascope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest analysis run seen from above: its clusters and, per shared link key, which clusters hold it. This is
 * what the cluster overview graph is drawn from. Works on a {@link ReadSession}.
 */
public final class ClusterLinkQueries {
    private final ReadSession session;

    public ClusterLinkQueries(ReadSession session) {
        this.session = session;
    }

    /** One cluster of the latest run, without its signals. */
    public record ClusterRow(long id, String label, int accounts, long interactions, double risk, boolean flagged) {
    }

    /** A link key held by accounts of one cluster: how many of the cluster's accounts hold it. */
    public record KeyInCluster(long keyId, String kind, String value, long clusterId, int accounts) {
    }

    /** Clusters with at least {@code minAccounts} accounts, riskiest first, then largest. */
    public List<ClusterRow> clusters(int minAccounts) {
        String sql = "SELECT id, label, accounts, interactions, risk, flagged FROM clusters WHERE accounts >= ? "
                + "ORDER BY risk DESC, accounts DESC, id";
        List<ClusterRow> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setInt(1, minAccounts);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClusterRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getDouble(5), rs.getInt(6) == 1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** How many clusters the latest run has with fewer than {@code minAccounts} accounts. */
    public int smallClusters(int minAccounts) {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT count(*) FROM clusters WHERE accounts < ?")) {
            ps.setInt(1, minAccounts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Every link key held by more than one cluster, once per cluster holding it, ordered by key. Keys held by one
     * cluster only say nothing about how clusters connect and are left out in SQL.
     */
    public List<KeyInCluster> keysAcrossClusters() {
        String sql = "WITH kc AS (SELECT ak.key_id, r.cluster_id, count(*) AS n FROM account_keys ak "
                + "JOIN account_results r ON r.account_ref = ak.account_ref GROUP BY ak.key_id, r.cluster_id), "
                + "shared AS (SELECT key_id FROM kc GROUP BY key_id HAVING count(*) > 1) "
                + "SELECT kc.key_id, k.kind, k.value, kc.cluster_id, kc.n FROM kc JOIN shared s ON s.key_id = kc.key_id "
                + "JOIN link_keys k ON k.id = kc.key_id ORDER BY kc.key_id, kc.cluster_id";
        List<KeyInCluster> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new KeyInCluster(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getInt(5)));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read cluster links: " + CaseStore.describe(e), e);
    }
}
