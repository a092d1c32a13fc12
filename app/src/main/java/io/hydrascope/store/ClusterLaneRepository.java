package io.hydrascope.store;

import io.hydrascope.model.BucketCount;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.InteractionFilter;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.LaneData;
import io.hydrascope.model.LaneSummary;
import io.hydrascope.model.TimeRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read-only queries behind a cluster's swim lanes: any list of account ids, whatever defined the cluster. Lanes are
 * read one account at a time on the (account_ref, ts) index and counted per bucket in SQL.
 */
public final class ClusterLaneRepository {
    /** More accounts than this in one IN list are read in several statements. */
    static final int MAX_IN_LIST = 900;

    private final ReadSession session;

    public ClusterLaneRepository(ReadSession session) {
        this.session = session;
    }

    /**
     * Creation time, activity extent and volume of each account, in the given order: a few index probes per
     * account, so a cluster's time range and lane order are known before any lane is counted.
     */
    public List<LaneSummary> summaries(List<String> accountIds, CancellationToken cancel) {
        String sql = "SELECT a.created_at, (SELECT min(ts) FROM interactions WHERE account_ref = a.id), "
                + "(SELECT max(ts) FROM interactions WHERE account_ref = a.id), "
                + "(SELECT count(*) FROM interactions WHERE account_ref = a.id) FROM accounts a WHERE a.account_id = ?";
        List<LaneSummary> out = new ArrayList<>(accountIds.size());
        try (PreparedStatement ps = c().prepareStatement(sql)) {
            for (String id : accountIds) {
                cancel.throwIfCancelled();
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    out.add(rs.next() ? new LaneSummary(id, InteractionRows.nullableLong(rs, 1),
                            InteractionRows.nullableLong(rs, 2), InteractionRows.nullableLong(rs, 3), rs.getLong(4))
                            : new LaneSummary(id, null, null, null, 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read cluster accounts", e);
        }
    }

    /**
     * Reads the lanes of {@code accountIds} in that order and hands each to {@code sink} as soon as it is read, so a
     * caller can show the first lanes while the rest load. Unknown accounts give an empty lane.
     */
    public void lanes(List<String> accountIds, TimeRange window, long bucketMicros, long origin,
                      CancellationToken cancel, Consumer<LaneData> sink) {
        String sql = "SELECT (i.ts - ?) / ? AS b, coalesce(i.model, ''), count(*) FROM interactions i "
                + "WHERE i.account_ref = ? AND i.ts >= ? AND i.ts < ? GROUP BY b, 2 ORDER BY b";
        try (PreparedStatement account = c().prepareStatement("SELECT id, created_at FROM accounts "
                + "WHERE account_id = ?");
             PreparedStatement ps = c().prepareStatement(sql)) {
            for (String id : accountIds) {
                cancel.throwIfCancelled();
                account.setString(1, id);
                long ref;
                Long created;
                try (ResultSet rs = account.executeQuery()) {
                    if (!rs.next()) {
                        sink.accept(new LaneData(id, null, List.of()));
                        continue;
                    }
                    ref = rs.getLong(1);
                    created = InteractionRows.nullableLong(rs, 2);
                }
                sink.accept(new LaneData(id, created, buckets(ps, ref, window, bucketMicros, origin)));
            }
        } catch (SQLException e) {
            throw fail("cannot read cluster lanes", e);
        }
    }

    private static List<BucketCount> buckets(PreparedStatement ps, long ref, TimeRange window, long bucketMicros,
                                             long origin) throws SQLException {
        ps.setLong(1, origin);
        ps.setLong(2, bucketMicros);
        ps.setLong(3, ref);
        ps.setLong(4, Math.max(window.fromMicros(), origin));
        ps.setLong(5, window.toMicros());
        List<BucketCount> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new BucketCount(origin + rs.getLong(1) * bucketMicros, rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /**
     * The first {@code limit} interactions of these accounts in the window, in time order. The ids are picked on the
     * index alone before any row is read, so a wide window costs a sort of index entries, not of rows.
     */
    public List<InteractionRow> interactions(List<String> accountIds, TimeRange window, int limit) {
        return interactions(accountIds, window, InteractionFilter.NONE, limit);
    }

    /**
     * The first {@code limit} interactions of these accounts in the window that pass {@code filter}; unfiltered, the
     * ids are picked on the index alone.
     */
    public List<InteractionRow> interactions(List<String> accountIds, TimeRange window, InteractionFilter filter,
                                             int limit) {
        List<InteractionRow> out = new ArrayList<>();
        for (List<String> part : partition(accountIds)) {
            String sql = "SELECT " + InteractionRows.COLUMNS + " FROM interactions i JOIN accounts a "
                    + "ON a.id = i.account_ref WHERE i.id IN (SELECT i.id FROM interactions i WHERE i.account_ref IN "
                    + "(SELECT id FROM accounts WHERE account_id IN (" + placeholders(part.size()) + ")) "
                    + "AND i.ts >= ? AND i.ts < ?" + InteractionFilterSql.clause(filter)
                    + " ORDER BY i.ts, i.id LIMIT ?) ORDER BY i.ts, i.id";
            try (PreparedStatement ps = c().prepareStatement(sql)) {
                int i = bind(ps, part);
                ps.setLong(i++, window.fromMicros());
                ps.setLong(i++, window.toMicros());
                ps.setInt(InteractionFilterSql.bind(ps, i, filter), limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(InteractionRows.map(rs));
                    }
                }
            } catch (SQLException e) {
                throw fail("cannot read cluster interactions", e);
            }
        }
        out.sort((a, b) -> a.timestampMicros() != b.timestampMicros()
                ? Long.compare(a.timestampMicros(), b.timestampMicros()) : Long.compare(a.id(), b.id()));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** How many interactions these accounts have in the window (index only). */
    public long count(List<String> accountIds, TimeRange window) {
        return count(accountIds, window, InteractionFilter.NONE);
    }

    /** How many interactions these accounts have in the window that pass {@code filter}. */
    public long count(List<String> accountIds, TimeRange window, InteractionFilter filter) {
        long total = 0;
        for (List<String> part : partition(accountIds)) {
            String sql = "SELECT count(*) FROM interactions i WHERE i.account_ref IN (SELECT id FROM accounts "
                    + "WHERE account_id IN (" + placeholders(part.size()) + ")) AND i.ts >= ? AND i.ts < ?"
                    + InteractionFilterSql.clause(filter);
            try (PreparedStatement ps = c().prepareStatement(sql)) {
                int i = bind(ps, part);
                ps.setLong(i++, window.fromMicros());
                ps.setLong(i++, window.toMicros());
                InteractionFilterSql.bind(ps, i, filter);
                try (ResultSet rs = ps.executeQuery()) {
                    total += rs.next() ? rs.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw fail("cannot count cluster interactions", e);
            }
        }
        return total;
    }

    private static List<List<String>> partition(List<String> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += MAX_IN_LIST) {
            parts.add(ids.subList(i, Math.min(ids.size(), i + MAX_IN_LIST)));
        }
        return parts;
    }

    /** "?, ?, ?": as many placeholders as values; the values themselves are always bound. */
    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static int bind(PreparedStatement ps, List<String> values) throws SQLException {
        int i = 1;
        for (String v : values) {
            ps.setString(i++, v);
        }
        return i;
    }

    private Connection c() {
        return session.connection();
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(session.path() + ": " + what + ": " + CaseStore.describe(e), e);
    }
}
