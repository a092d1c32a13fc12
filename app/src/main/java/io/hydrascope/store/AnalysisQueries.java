package io.hydrascope.store;

import io.hydrascope.model.InteractionTopic;
import io.hydrascope.model.TopicModelInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.model.AccountResult;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ClusterSignal;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the stored analysis results. Works on a {@link ReadSession}, so any thread with its own session can. */
public final class AnalysisQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Double>> SHARES = new TypeReference<>() { };

    private final ReadSession session;

    public AnalysisQueries(ReadSession session) {
        this.session = session;
    }

    /** True when an analysis run has finished on this case. */
    public boolean hasResults() {
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT count(*) FROM analysis_runs WHERE finished_at IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public List<ClusterResult> clusters(boolean flaggedOnly) {
        String sql = "SELECT id, label, accounts, interactions, risk, flagged, first_ts, last_ts, topic_shares, "
                + "headline FROM clusters WHERE (? = 0 OR flagged = 1) ORDER BY risk DESC, accounts DESC, id";
        List<ClusterResult> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setInt(1, flaggedOnly ? 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClusterResult(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getDouble(5), rs.getInt(6) == 1, nullableLong(rs, 7), nullableLong(rs, 8),
                            JSON.readValue(rs.getString(9), SHARES), rs.getString(10), signals(rs.getLong(1))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new CaseStoreException(session.path() + ": unreadable cluster data: " + e.getMessage(), e);
        }
    }

    /** One cluster of the latest run, or empty when no cluster has this id. */
    public java.util.Optional<ClusterResult> cluster(long clusterId) {
        String sql = "SELECT id, label, accounts, interactions, risk, flagged, first_ts, last_ts, topic_shares, "
                + "headline FROM clusters WHERE id = ?";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new ClusterResult(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getLong(4), rs.getDouble(5), rs.getInt(6) == 1, nullableLong(rs, 7), nullableLong(rs, 8),
                        JSON.readValue(rs.getString(9), SHARES), rs.getString(10), signals(rs.getLong(1))));
            }
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new CaseStoreException(session.path() + ": unreadable cluster data: " + e.getMessage(), e);
        }
    }

    public List<ClusterSignal> signals(long clusterId) {
        String sql = "SELECT signal, value, baseline, contribution, description FROM cluster_signals "
                + "WHERE cluster_id = ? ORDER BY abs(contribution) DESC, signal";
        List<ClusterSignal> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double baseline = rs.getDouble(3);
                    out.add(new ClusterSignal(rs.getString(1), rs.getDouble(2), rs.wasNull() ? null : baseline,
                            rs.getDouble(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Streams account results, riskiest first; {@code clusterId} null for all clusters. */
    public void accounts(boolean flaggedOnly, Long clusterId, Consumer<AccountResult> consumer) {
        String sql = "SELECT r.account_ref, a.account_id, r.cluster_id, r.risk, r.flagged, r.top_topic, "
                + "r.interactions, r.signals FROM account_results r JOIN accounts a ON a.id = r.account_ref "
                + "WHERE (? = 0 OR r.flagged = 1) AND (? IS NULL OR r.cluster_id = ?) "
                + "ORDER BY r.risk DESC, a.account_id";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setInt(1, flaggedOnly ? 1 : 0);
            bindNullable(ps, 2, clusterId);
            bindNullable(ps, 3, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new AccountResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                            rs.getInt(5) == 1, rs.getString(6), rs.getLong(7), JSON.readValue(rs.getString(8),
                            SHARES)));
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new CaseStoreException(session.path() + ": unreadable account data: " + e.getMessage(), e);
        }
    }

    /** Results of the given accounts (by internal reference), riskiest first. */
    public List<AccountResult> accountResults(java.util.Collection<Long> refs) {
        String sql = "SELECT r.account_ref, a.account_id, r.cluster_id, r.risk, r.flagged, r.top_topic, "
                + "r.interactions, r.signals FROM account_results r JOIN accounts a ON a.id = r.account_ref "
                + "WHERE r.account_ref IN (SELECT value FROM json_each(?)) ORDER BY r.risk DESC, a.account_id";
        List<AccountResult> out = new ArrayList<>();
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AccountResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                            rs.getInt(5) == 1, rs.getString(6), rs.getLong(7), JSON.readValue(rs.getString(8),
                            SHARES)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new CaseStoreException(session.path() + ": unreadable account data: " + e.getMessage(), e);
        }
    }

    /** Topic breakdown of the given accounts' interactions, largest first. */
    public List<TopicRow> topicsOf(java.util.Collection<Long> refs) {
        String sql = "SELECT t.topic, count(*), sum(t.cot) FROM interactions i "
                + "JOIN interaction_topics t ON t.interaction_id = i.id "
                + "WHERE i.account_ref IN (SELECT value FROM json_each(?)) GROUP BY t.topic ORDER BY 2 DESC, 1";
        List<TopicRow> rows = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TopicRow(rs.getString(1), rs.getLong(2), 0, rs.getLong(3)));
                    total += rs.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        List<TopicRow> out = new ArrayList<>();
        for (TopicRow r : rows) {
            out.add(new TopicRow(r.topic(), r.interactions(), total == 0 ? 0 : (double) r.interactions() / total,
                    r.chainOfThought()));
        }
        return out;
    }

    /** One topic's numbers in a breakdown. */
    public record TopicRow(String topic, long interactions, double share, long chainOfThought) {
    }

    /** Topic breakdown of the case or of one cluster, largest first. */
    public List<TopicRow> topics(Long clusterId) {
        String sql = "SELECT t.topic, count(*), sum(t.cot) FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id "
                + "WHERE ? IS NULL OR i.account_ref IN (SELECT account_ref FROM account_results WHERE cluster_id = ?) "
                + "GROUP BY t.topic ORDER BY 2 DESC, 1";
        List<TopicRow> rows = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            bindNullable(ps, 1, clusterId);
            bindNullable(ps, 2, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TopicRow(rs.getString(1), rs.getLong(2), 0, rs.getLong(3)));
                    total += rs.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        List<TopicRow> out = new ArrayList<>();
        for (TopicRow r : rows) {
            out.add(new TopicRow(r.topic(), r.interactions(), total == 0 ? 0 : (double) r.interactions() / total,
                    r.chainOfThought()));
        }
        return out;
    }

    /**
     * Streams request id, topic, chain-of-thought flag, the model's confidence (null for results of an older version)
     * and whether the topic was inherited, per interaction (of one cluster, or all).
     */
    public void interactionTopics(Long clusterId, TopicConsumer consumer) {
        String sql = "SELECT i.request_id, t.topic, t.cot, t.confidence, t.inherited FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id "
                + "WHERE ? IS NULL OR i.account_ref IN (SELECT account_ref FROM account_results WHERE cluster_id = ?) "
                + "ORDER BY t.interaction_id";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            bindNullable(ps, 1, clusterId);
            bindNullable(ps, 2, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double confidence = rs.getDouble(4);
                    consumer.accept(rs.getString(1), rs.getString(2), rs.getInt(3) == 1,
                            rs.wasNull() ? null : confidence, rs.getInt(5) == 1);
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Receives one interaction's topic. */
    @FunctionalInterface
    public interface TopicConsumer {
        void accept(String requestId, String topic, boolean chainOfThought, Double confidence, boolean inherited);
    }

    /** Ground-truth labels imported into the case: account id to {campaign, population}. */
    public Map<String, String[]> labels() {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement("SELECT account_id, campaign, population FROM labels "
                + "ORDER BY account_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private Connection c() {
        return session.connection();
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void bindNullable(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read analysis results: " + CaseStore.describe(e), e);
    }

    /** The latest finished run: {id, finished_at}, or null. */
    public String[] latestRun() {
        try (PreparedStatement ps = c().prepareStatement("SELECT id, finished_at FROM analysis_runs "
                + "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The account ids of a cluster, in order of account creation (then id). */
    public List<String> clusterAccountIds(long clusterId) {
        try (PreparedStatement ps = c().prepareStatement("SELECT a.account_id FROM account_results r "
                + "JOIN accounts a ON a.id = r.account_ref WHERE r.cluster_id = ? "
                + "ORDER BY coalesce(a.created_at, 0), a.account_id")) {
            ps.setLong(1, clusterId);
            return StringColumn.read(ps);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** One account's result, or null when the account has none. */
    public AccountResult account(String accountId) {
        String sql = "SELECT r.account_ref, a.account_id, r.cluster_id, r.risk, r.flagged, r.top_topic, "
                + "r.interactions, r.signals FROM account_results r JOIN accounts a ON a.id = r.account_ref "
                + "WHERE a.account_id = ?";
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new AccountResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                        rs.getInt(5) == 1, rs.getString(6), rs.getLong(7), JSON.readValue(rs.getString(8), SHARES));
            }
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new CaseStoreException(session.path() + ": unreadable account data: " + e.getMessage(), e);
        }
    }

    /** Interactions per topic of flagged accounts (index 0) and of all other accounts (index 1). */
    public List<Map<String, Long>> topicCountsFlaggedAndRest() {
        Map<String, Long> flagged = new LinkedHashMap<>();
        Map<String, Long> rest = new LinkedHashMap<>();
        String sql = "SELECT coalesce(r.flagged, 0), t.topic, count(*) FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id LEFT JOIN account_results r "
                + "ON r.account_ref = i.account_ref GROUP BY 1, 2 ORDER BY 3 DESC";
        try (PreparedStatement ps = c().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                (rs.getInt(1) == 1 ? flagged : rest).put(rs.getString(2), rs.getLong(3));
            }
            return List.of(flagged, rest);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Topic and chain-of-thought flag of the given interactions: id to {topic, "1"/"0"}. */
    public Map<Long, InteractionTopic> interactionTopics(java.util.Collection<Long> interactionIds) {
        Map<Long, InteractionTopic> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT topic, cot, confidence, inherited FROM interaction_topics WHERE interaction_id = ?")) {
            for (Long id : interactionIds) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        double confidence = rs.getDouble(3);
                        Double c = rs.wasNull() ? null : confidence;
                        out.put(id, new InteractionTopic(rs.getString(1), rs.getInt(2) == 1, c, rs.getInt(4) == 1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The topic model of the latest finished run, with its file when the case keeps it; empty before V006. */
    public java.util.Optional<TopicModelInfo> topicModel() {
        try (PreparedStatement ps = c().prepareStatement("SELECT r.topic_model, r.topic_model_sha256, m.model "
                + "FROM analysis_runs r LEFT JOIN topic_models m ON m.sha256 = r.topic_model_sha256 "
                + "WHERE r.finished_at IS NOT NULL AND r.topic_model_sha256 IS NOT NULL ORDER BY r.id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.Optional.of(new TopicModelInfo(rs.getString(1), rs.getString(2),
                    rs.getBytes(3))) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw fail(e);
        }
    }
}
