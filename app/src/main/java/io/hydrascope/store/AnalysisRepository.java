package io.hydrascope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.model.AccountResult;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ClusterSignal;
import io.hydrascope.model.LinkKey;
import io.hydrascope.model.TemplateFamily;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Stores the results of an analysis run, replacing the previous run's. Writer thread only.
 *
 * <p>A run is stored in one transaction ({@link RunWriter}): the previous results are deleted and the new ones
 * written, per-interaction topics streamed in batches, and nothing is visible until {@link RunWriter#commit}. A run
 * that fails, is cancelled or whose process is killed while storing leaves the previous run as it was, so the case
 * always holds exactly one complete analysis (or none before the first). The transaction holds no rows in Java
 * memory: SQLite spills its pages to the write-ahead log, which needs free disk about the size of the results until
 * the commit.
 */
public final class AnalysisRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RESULT_TABLES = {"interaction_topics", "cluster_signals", "account_results",
        "account_keys", "link_keys", "template_families", "clusters", "analysis_runs"};
    private static final int BATCH = 1024;

    private final CaseStore store;

    AnalysisRepository(CaseStore store) {
        this.store = store;
    }

    /**
     * The topic model a run used: its name and SHA-256, and its file when it is not the built-in one, so the case
     * keeps what its explanations need.
     */
    public record TopicModelRecord(String name, String sha256, String description, byte[] file) {
    }

    /**
     * Begins replacing the stored run: opens the transaction, deletes the previous results inside it and records the
     * new run. Close the writer in all cases; without {@link RunWriter#commit} closing rolls everything back.
     */
    public RunWriter replaceRun(Instant startedAt, String version, String settingsJson, TopicModelRecord topicModel) {
        try {
            return new RunWriter(startedAt, version, settingsJson, topicModel);
        } catch (SQLException e) {
            throw fail("cannot start storing the analysis", e);
        }
    }

    /** One run's results on their way into the case: one open transaction. */
    public final class RunWriter implements AutoCloseable {
        private final Connection c = store.writer();
        private final long runId;
        private PreparedStatement topics;
        private int pendingTopics;
        private boolean committed;

        private RunWriter(Instant startedAt, String version, String settingsJson, TopicModelRecord topicModel)
                throws SQLException {
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    for (String table : RESULT_TABLES) {
                        st.execute("DELETE FROM " + table);
                    }
                }
                if (topicModel.file() != null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO topic_models (sha256, name, "
                            + "description, model) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, topicModel.sha256());
                        ps.setString(2, topicModel.name());
                        ps.setString(3, topicModel.description());
                        ps.setBytes(4, topicModel.file());
                        ps.executeUpdate();
                    }
                }
                runId = insertRun(startedAt, version, settingsJson, topicModel);
                topics = c.prepareStatement("INSERT INTO interaction_topics (interaction_id, topic, cot, family_id, "
                        + "confidence, inherited) VALUES (?, ?, ?, ?, ?, ?)");
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                autoCommit(c);
                throw e;
            }
        }

        private long insertRun(Instant startedAt, String version, String settingsJson, TopicModelRecord topicModel)
                throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_runs (started_at, version, settings, "
                    + "topic_model, topic_model_sha256) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, startedAt.toString());
                ps.setString(2, version);
                ps.setString(3, settingsJson);
                ps.setString(4, topicModel.name());
                ps.setString(5, topicModel.sha256());
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        /**
         * Adds one interaction's topic.
         *
         * @param confidence the model's confidence in the interaction's own topic, in percent
         */
        public void topic(long interactionId, String topic, boolean cot, long familyId, int confidence,
                          boolean inherited) {
            try {
                topics.setLong(1, interactionId);
                topics.setString(2, topic);
                topics.setInt(3, cot ? 1 : 0);
                if (familyId > 0) {
                    topics.setLong(4, familyId);
                } else {
                    topics.setNull(4, Types.INTEGER);
                }
                topics.setDouble(5, confidence / 100.0);
                topics.setInt(6, inherited ? 1 : 0);
                topics.addBatch();
                if (++pendingTopics == BATCH) {
                    topics.executeBatch();
                    pendingTopics = 0;
                }
            } catch (SQLException e) {
                throw fail("cannot store topics", e);
            }
        }

        /**
         * Writes clusters, signals, account results, link keys and template families, closes the run and commits:
         * from here on the case shows this run instead of the previous one.
         */
        public void commit(String summaryJson, Collection<ClusterResult> clusters, Collection<AccountResult> accounts,
                           List<LinkKey> keys, List<long[]> accountKeyUses, List<TemplateFamily> families) {
            try {
                topics.executeBatch();
                pendingTopics = 0;
                writeClusters(c, clusters);
                writeAccounts(c, accounts);
                writeKeys(c, keys, accountKeyUses);
                writeFamilies(c, families);
                try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET finished_at = ?, summary = ? "
                        + "WHERE id = ?")) {
                    ps.setString(1, Instant.now().toString());
                    ps.setString(2, summaryJson);
                    ps.setLong(3, runId);
                    ps.executeUpdate();
                }
                c.commit();
                committed = true;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStoreException(store.path() + ": cannot store analysis results: " + e.getMessage(), e);
            }
        }

        /** Rolls back unless committed: the previous run stays as it was. */
        @Override
        public void close() {
            CaseStore.closeQuietly(topics);
            if (!committed) {
                rollback(c);
            }
            autoCommit(c);
        }
    }

    private static void writeClusters(Connection c, Collection<ClusterResult> clusters)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clusters (id, label, accounts, interactions, risk, "
                + "flagged, first_ts, last_ts, topic_shares, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement sig = c.prepareStatement("INSERT INTO cluster_signals (cluster_id, signal, value, "
                     + "baseline, contribution, description) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ClusterResult r : clusters) {
                ps.setLong(1, r.id());
                ps.setString(2, r.label());
                ps.setInt(3, r.accounts());
                ps.setLong(4, r.interactions());
                ps.setDouble(5, r.risk());
                ps.setInt(6, r.flagged() ? 1 : 0);
                setNullableLong(ps, 7, r.firstTimestampMicros());
                setNullableLong(ps, 8, r.lastTimestampMicros());
                ps.setString(9, JSON.writeValueAsString(r.topicShares()));
                ps.setString(10, r.headline());
                ps.addBatch();
                for (ClusterSignal s : r.signals()) {
                    sig.setLong(1, r.id());
                    sig.setString(2, s.signal());
                    sig.setDouble(3, s.value());
                    if (s.baseline() == null) {
                        sig.setNull(4, Types.REAL);
                    } else {
                        sig.setDouble(4, s.baseline());
                    }
                    sig.setDouble(5, s.contribution());
                    sig.setString(6, s.description());
                    sig.addBatch();
                }
            }
            ps.executeBatch();
            sig.executeBatch();
        }
    }

    private static void writeAccounts(Connection c, Collection<AccountResult> accounts)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_results (account_ref, cluster_id, risk, "
                + "flagged, top_topic, interactions, signals) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (AccountResult a : accounts) {
                ps.setLong(1, a.accountRef());
                ps.setLong(2, a.clusterId());
                ps.setDouble(3, a.risk());
                ps.setInt(4, a.flagged() ? 1 : 0);
                ps.setString(5, a.topTopic());
                ps.setLong(6, a.interactions());
                ps.setString(7, JSON.writeValueAsString(a.signals()));
                ps.addBatch();
                if (++n % 1024 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void writeKeys(Connection c, List<LinkKey> keys, List<long[]> uses) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_keys (id, kind, value, accounts, weight) "
                + "VALUES (?, ?, ?, ?, ?)");
             PreparedStatement ak = c.prepareStatement("INSERT INTO account_keys (account_ref, key_id, uses) "
                     + "VALUES (?, ?, ?)")) {
            for (LinkKey k : keys) {
                ps.setLong(1, k.id());
                ps.setString(2, k.kind());
                ps.setString(3, k.value());
                ps.setInt(4, k.accounts());
                ps.setDouble(5, k.weight());
                ps.addBatch();
            }
            ps.executeBatch();
            int n = 0;
            for (long[] u : uses) {
                ak.setLong(1, u[0]);
                ak.setLong(2, u[1]);
                ak.setLong(3, u[2]);
                ak.addBatch();
                if (++n % 1024 == 0) {
                    ak.executeBatch();
                }
            }
            ak.executeBatch();
        }
    }

    private static void writeFamilies(Connection c, List<TemplateFamily> families) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO template_families (id, skeleton, interactions, "
                + "accounts, example_id) VALUES (?, ?, ?, ?, ?)")) {
            for (TemplateFamily f : families) {
                ps.setLong(1, f.id());
                ps.setString(2, f.skeleton());
                ps.setLong(3, f.interactions());
                ps.setInt(4, f.accounts());
                setNullableLong(ps, 5, f.exampleInteractionId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setNullableLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is reported
        }
    }

    private static void autoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closing or already failing
        }
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(store.path() + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
