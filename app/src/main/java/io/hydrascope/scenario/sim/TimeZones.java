package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.Rand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * People grouped by time zone, each zone sending on one daily rhythm: what gives a population of people its day and
 * night. A zone's conversations go to its members in proportion to their weights. Not thread-safe: the source that
 * owns it calls it from the generator thread.
 */
final class TimeZones {
    /** Starts one conversation of {@code account} at {@code t}. */
    @FunctionalInterface
    interface Starter {
        void start(SimAccount account, long t);
    }

    private final DailyRhythm rhythm;
    private final List<SimAccount> all = new ArrayList<>();
    private final Map<Integer, Zone> zones = new TreeMap<>();

    TimeZones(DailyRhythm rhythm) {
        this.rhythm = rhythm;
    }

    /** Adds an account to the zone of its {@code utcOffsetMinutes} (set its weight and offset first). */
    void add(SimAccount a) {
        all.add(a);
        zones.computeIfAbsent(a.utcOffsetMinutes, Zone::new).members.add(a);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The summed weight of all accounts, in the order they were added. */
    double weight() {
        return all.stream().mapToDouble(a -> a.weight).sum();
    }

    /** Shares {@code conversations} between the zones by weight and spreads each zone's over the slices. */
    void prepare(SliceGrid grid, double conversations) {
        double total = weight();
        for (Zone zone : zones.values()) {
            zone.seal(conversations * zone.weight() / total, grid);
        }
    }

    /** Starts the conversations of every zone that begin in {@code slice}. */
    void emit(int slice, SplittableRandom rng, Starter starter) {
        for (Zone zone : zones.values()) {
            int n = zone.stream.count(slice, rng);
            for (int i = 0; i < n; i++) {
                SimAccount a = zone.members.get(zone.table.sample(rng));
                long t = Rand.between(rng, zone.grid.sliceStart(slice), zone.grid.sliceEnd(slice));
                starter.start(a, t);
            }
        }
    }

    /** The people of one time zone, sharing one activity curve. */
    private final class Zone {
        final int offset;
        final List<SimAccount> members = new ArrayList<>();
        ActivityStream stream;
        AliasTable table;
        SliceGrid grid;

        Zone(int offset) {
            this.offset = offset;
        }

        double weight() {
            return members.stream().mapToDouble(a -> a.weight).sum();
        }

        void seal(double conversations, SliceGrid g) {
            grid = g;
            table = new AliasTable(members.stream().mapToDouble(a -> a.weight).toArray());
            stream = new ActivityStream(t -> rhythm.at(t, offset), conversations);
            stream.prepare(g);
        }
    }
}
