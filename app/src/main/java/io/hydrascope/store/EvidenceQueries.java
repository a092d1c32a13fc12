package io.hydrascope.store;

import io.hydrascope.model.TemplateFamily;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Activity and content of a set of accounts for reports and views: traffic over time by model, template families,
 * and interactions with their prompts (bookmarked evidence, or the first example of a family or topic).
 * Works on a {@link ReadSession}.
 */
public final class EvidenceQueries {
    private static final String INTERACTION_COLUMNS = "i.id, i.request_id, i.ts, a.account_id, i.ip, i.user_agent, "
            + "i.model, i.conversation_id, i.turn, i.prompt, t.topic, t.cot, t.family_id";
    private static final String INTERACTION_FROM = " FROM interactions i JOIN accounts a ON a.id = i.account_ref "
            + "LEFT JOIN interaction_topics t ON t.interaction_id = i.id ";

    private final ReadSession session;

    public EvidenceQueries(ReadSession session) {
        this.session = session;
    }

    /** Interactions of one model in one time bucket starting at {@code startTs} (microseconds). */
    public record Bucket(long startTs, String model, long interactions) {
    }

    /** Traffic of the given accounts per time bucket of {@code bucketMicros} and per model, in time order. */
    public List<Bucket> timeline(Collection<Long> refs, long bucketMicros) {
        String sql = "SELECT (ts / ?) * ?, coalesce(model, ''), count(*) FROM interactions "
                + "WHERE account_ref IN (SELECT value FROM json_each(?)) GROUP BY 1, 2 ORDER BY 1, 2";
        List<Bucket> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setLong(1, bucketMicros);
            ps.setLong(2, bucketMicros);
            ps.setString(3, JsonParams.array(refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Bucket(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** A template family with how much of it the given accounts produced. */
    public record FamilyUse(TemplateFamily family, long interactionsInScope, int accountsInScope) {
    }

    /** The template families the given accounts used most, at most {@code limit}. */
    public List<FamilyUse> families(Collection<Long> refs, int limit) {
        String sql = "SELECT f.id, f.skeleton, f.interactions, f.accounts, f.example_id, count(*), "
                + "count(DISTINCT i.account_ref) FROM interactions i "
                + "JOIN interaction_topics t ON t.interaction_id = i.id JOIN template_families f ON f.id = t.family_id "
                + "WHERE i.account_ref IN (SELECT value FROM json_each(?)) GROUP BY f.id ORDER BY 6 DESC, 1 LIMIT ?";
        List<FamilyUse> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long example = rs.getLong(5);
                    Long exampleId = rs.wasNull() ? null : example;
                    out.add(new FamilyUse(new TemplateFamily(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getInt(4), exampleId), rs.getLong(6), rs.getInt(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The text of a family's prompts sent by the accounts (each cut to {@code maxChars}), the first ones sent. */
    public List<String> familyPrompts(Collection<Long> refs, long familyId, int limit, int maxChars) {
        String sql = "SELECT substr(i.prompt, 1, ?) FROM interaction_topics t JOIN interactions i ON i.id = t.interaction_id "
                + "WHERE t.family_id = ? AND i.account_ref IN (SELECT value FROM json_each(?)) "
                + "ORDER BY t.interaction_id LIMIT ?";
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setInt(1, maxChars);
            ps.setLong(2, familyId);
            ps.setString(3, JsonParams.array(refs));
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(1);
                    out.add(text == null ? "" : text);
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** One logged exchange with its analysis: topic, chain-of-thought flag and template family (null if none). */
    public record InteractionRow(long id, String requestId, long ts, String accountId, String ip, String userAgent,
                                 String model, String conversationId, Integer turn, String prompt, String topic,
                                 boolean chainOfThought, Long familyId) {
    }

    /** The interactions with these request ids, in the order given; unknown ids are skipped. */
    public List<InteractionRow> byRequestIds(List<String> requestIds) {
        String sql = "SELECT " + INTERACTION_COLUMNS + INTERACTION_FROM
                + "WHERE i.request_key = ? AND i.request_id = ?";
        List<InteractionRow> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (String id : requestIds) {
                ps.setLong(1, RequestKeys.of(id));
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The earliest interaction of the given accounts from one template family, if any. */
    public java.util.Optional<InteractionRow> firstOfFamily(Collection<Long> refs, long familyId) {
        return first("t.family_id = ?", refs, familyId);
    }

    /** The earliest interaction of the given accounts on one topic, if any. */
    public java.util.Optional<InteractionRow> firstOfTopic(Collection<Long> refs, String topic) {
        return first("t.topic = ?", refs, topic);
    }

    private java.util.Optional<InteractionRow> first(String condition, Collection<Long> refs, Object value) {
        String sql = "SELECT " + INTERACTION_COLUMNS + INTERACTION_FROM
                + "WHERE i.account_ref IN (SELECT value FROM json_each(?)) AND " + condition
                + " ORDER BY i.ts, i.id LIMIT 1";
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, JsonParams.array(refs));
            ps.setObject(2, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(row(rs)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private static InteractionRow row(ResultSet rs) throws SQLException {
        int turn = rs.getInt(9);
        Integer turnOrNull = rs.wasNull() ? null : turn;
        long family = rs.getLong(13);
        Long familyOrNull = rs.wasNull() ? null : family;
        return new InteractionRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), turnOrNull, rs.getString(10), rs.getString(11),
                rs.getInt(12) == 1, familyOrNull);
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read interactions: " + CaseStore.describe(e), e);
    }
}
