package io.hydrascope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.model.TrafficOverview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hourly interactions per model for the whole case, kept in the {@code meta} table. Summarising a 16-million-row
 * case means reading every row once (no index covers time and model), so the rollup is computed once, in id chunks
 * that can be cancelled, and caught up incrementally after later imports (interaction ids only grow).
 *
 * <p>Thread rule: {@link #update} reads on the caller's {@link ReadSession}; {@link #save} writes on the writer
 * thread.
 */
public final class TrafficRollupRepository {
    static final String KEY = "traffic_rollup_v1";
    private static final long CHUNK_IDS = 400_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseStore store;

    /** For {@link #save} only; reads are static and take a {@link ReadSession}. */
    public TrafficRollupRepository(CaseStore store) {
        this.store = store;
    }

    /** A rollup as stored: covers the interactions with id up to {@code uptoId}. */
    public record Rollup(long uptoId, List<String> models, List<Long> firstSeen, List<long[]> hours,
                         Long first, Long last) {
        static Rollup empty() {
            return new Rollup(0, List.of(), List.of(), List.of(), null, null);
        }
    }

    /** The stored rollup, caught up with the interactions added since (reading only those). */
    public static Rollup update(ReadSession session, ProgressListener progress, CancellationToken cancel) {
        Connection c = session.connection();
        try {
            Rollup stored = read(c);
            long max = single(c, "SELECT coalesce(max(id), 0) FROM interactions");
            if (stored.uptoId() >= max) {
                return stored;
            }
            Accumulator acc = new Accumulator(stored);
            long from = stored.uptoId();
            try (PreparedStatement ps = c.prepareStatement("SELECT ts / ? AS h, coalesce(model, ''), count(*), "
                    + "min(ts), max(ts) FROM interactions WHERE id > ? AND id <= ? GROUP BY h, 2")) {
                for (long lo = from; lo < max; lo += CHUNK_IDS) {
                    cancel.throwIfCancelled();
                    ps.setLong(1, TrafficOverview.HOUR_MICROS);
                    ps.setLong(2, lo);
                    ps.setLong(3, Math.min(max, lo + CHUNK_IDS));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            acc.add(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                        }
                    }
                    progress.progress(Math.min(max, lo + CHUNK_IDS) - from, max - from, "summarising traffic");
                }
            }
            return acc.toRollup(max);
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot summarise traffic: " + CaseStore.describe(e), e);
        }
    }

    /** Stores a rollup unless a newer one is already stored. Writer thread only. */
    public void save(Rollup rollup) {
        Connection c = store.writer();
        try {
            if (read(c).uptoId() >= rollup.uptoId()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
                ps.setString(1, KEY);
                ps.setString(2, JSON.writeValueAsString(rollup));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new CaseStoreException(store.path() + ": cannot store the traffic summary: "
                    + CaseStore.describe(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The case's models in the order they were first seen, as the stored summary has them ("" for rows without a
     * model); empty when no summary was stored yet. Reads the stored summary only, never the interactions, so the
     * reports can colour models as the window does without summarising a large case again.
     */
    public static List<String> storedModelOrder(ReadSession session) {
        try {
            Rollup r = read(session.connection());
            return byFirstSeen(r).stream().map(i -> r.models().get(i)).toList();
        } catch (SQLException e) {
            throw new CaseStoreException(session.path() + ": cannot read the traffic summary: "
                    + CaseStore.describe(e), e);
        }
    }

    private static List<Integer> byFirstSeen(Rollup r) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.models().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(r.firstSeen().get(a), r.firstSeen().get(b)));
        return order;
    }

    /** The overview a rollup describes. */
    public static TrafficOverview overview(Rollup r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> firstSeen = new LinkedHashMap<>();
        byFirstSeen(r).forEach(i -> {
            firstSeen.put(r.models().get(i), r.firstSeen().get(i));
            counts.put(r.models().get(i), 0L);
        });
        List<BucketCount> buckets = new ArrayList<>(r.hours().size());
        long total = 0;
        for (long[] h : r.hours()) {
            String model = r.models().get((int) h[1]);
            buckets.add(new BucketCount(h[0] * TrafficOverview.HOUR_MICROS, model, h[2]));
            counts.merge(model, h[2], Long::sum);
            total += h[2];
        }
        return new TrafficOverview(total, r.first(), r.last(), counts, firstSeen, TrafficOverview.HOUR_MICROS,
                buckets);
    }

    static Rollup read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Rollup.empty();
                }
                return JSON.readValue(rs.getString(1), Rollup.class);
            }
        } catch (JsonProcessingException e) {
            return Rollup.empty(); // an unreadable summary is recomputed, never trusted
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Merges chunk aggregates into the stored rollup. */
    private static final class Accumulator {
        private final List<String> models;
        private final List<Long> firstSeen;
        private final TreeMap<Long, long[]> hours = new TreeMap<>(); // key: hour * 65536 + model index
        private Long first;
        private Long last;

        Accumulator(Rollup r) {
            models = new ArrayList<>(r.models());
            firstSeen = new ArrayList<>(r.firstSeen());
            first = r.first();
            last = r.last();
            for (long[] h : r.hours()) {
                hours.put(h[0] * 65536 + h[1], h.clone());
            }
        }

        void add(long hour, String model, long count, long min, long max) {
            int m = models.indexOf(model);
            if (m < 0) {
                models.add(model);
                firstSeen.add(min);
                m = models.size() - 1;
            } else if (min < firstSeen.get(m)) {
                firstSeen.set(m, min);
            }
            first = first == null ? min : Math.min(first, min);
            last = last == null ? max : Math.max(last, max);
            final int index = m;
            hours.computeIfAbsent(hour * 65536 + m, k -> new long[] {hour, index, 0})[2] += count;
        }

        Rollup toRollup(long uptoId) {
            return new Rollup(uptoId, List.copyOf(models), List.copyOf(firstSeen), new ArrayList<>(hours.values()),
                    first, last);
        }
    }
}
