package io.hydrascope.store;

import io.hydrascope.model.CancellationToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Streams every interaction of a case once, in id order, for analysis. The row object is reused between calls:
 * consumers copy what they keep. Runs on its own read session, so a writer can store results meanwhile.
 */
public final class InteractionScan {
    /** One interaction as the analysis sees it. Fields are overwritten for each row. */
    public static final class Row {
        public long id;
        public long accountRef;
        public long ts;
        public String ip;
        public String userAgent;
        public String model;
        public String conversationId;
        public int turn;
        public String prompt;
    }

    private InteractionScan() {
    }

    /** A model's traffic: when it was first seen, and how many interactions used it. */
    public record ModelSpan(String model, long firstTs, long interactions) {
    }

    public static java.util.List<ModelSpan> modelSpans(ReadSession session) {
        String sql = "SELECT model, min(ts), count(*) FROM interactions WHERE model IS NOT NULL GROUP BY model "
                + "ORDER BY 2";
        java.util.List<ModelSpan> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ModelSpan(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    /** Smallest and largest interaction id and time, or null for an empty case: {minId, maxId, minTs, maxTs}. */
    public static long[] bounds(ReadSession session) {
        String sql = "SELECT min(id), max(id), min(ts), max(ts), count(*) FROM interactions";
        try (PreparedStatement ps = session.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(5) == 0) {
                return null;
            }
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    /** The prompts of the given interactions (for template skeletons and examples), in id order. */
    public static java.util.Map<Long, String> prompts(ReadSession session, java.util.Collection<Long> ids) {
        java.util.Map<Long, String> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT prompt FROM interactions WHERE id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, rs.getString(1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    /** Hands each given request id that the case holds to {@code consumer} with its prompt (null when empty). */
    public static void promptsByRequestId(ReadSession session, java.util.Collection<String> requestIds,
                                          java.util.function.BiConsumer<String, String> consumer) {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT prompt FROM interactions WHERE request_key = ? AND request_id = ?")) {
            for (String id : List.copyOf(requestIds)) {
                ps.setLong(1, RequestKeys.of(id));
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        consumer.accept(id, rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    public static long count(ReadSession session) {
        try (PreparedStatement ps = session.connection().prepareStatement("SELECT count(*) FROM interactions");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": " + CaseStore.describe(e), e);
        }
    }

    public static void scan(ReadSession session, CancellationToken cancel, Consumer<Row> consumer) {
        String sql = "SELECT id, account_ref, ts, ip, user_agent, model, conversation_id, coalesce(turn, 0), prompt "
                + "FROM interactions ORDER BY id";
        Row row = new Row();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    row.id = rs.getLong(1);
                    row.accountRef = rs.getLong(2);
                    row.ts = rs.getLong(3);
                    row.ip = rs.getString(4);
                    row.userAgent = rs.getString(5);
                    row.model = rs.getString(6);
                    row.conversationId = rs.getString(7);
                    row.turn = rs.getInt(8);
                    row.prompt = rs.getString(9);
                    consumer.accept(row);
                    if ((++n & 0xFFF) == 0) {
                        cancel.throwIfCancelled();
                    }
                }
            }
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot read interactions: " + CaseStore.describe(e), e);
        }
    }
}
