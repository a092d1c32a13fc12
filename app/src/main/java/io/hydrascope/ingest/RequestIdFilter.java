package io.hydrascope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers request ids seen during a bulk load in about 1.2 bytes per id (a scalable Bloom filter: a new, larger
 * layer is added when one fills up). It may wrongly answer "seen" (about 1% of new ids), never wrongly "new": rows
 * it calls seen are settled exactly against the case's unique index after the load, so it decides nothing alone.
 * Not thread-safe: owned by the parsing thread.
 */
final class RequestIdFilter {
    private static final int HASHES = 7;
    private static final double BITS_PER_ID = 9.6;

    private final List<long[]> layers = new ArrayList<>();
    private final List<Long> capacities = new ArrayList<>();
    private long inLast;

    RequestIdFilter(long expectedIds) {
        addLayer(Math.max(1 << 16, expectedIds));
    }

    /** Adds the id; returns true when it was (probably) seen before. */
    boolean addAndCheck(String id) {
        long h1 = hash(id, 0x9E3779B97F4A7C15L);
        long h2 = hash(id, 0xC2B2AE3D27D4EB4FL) | 1;
        for (long[] bits : layers) {
            if (contains(bits, h1, h2)) {
                return true;
            }
        }
        if (inLast >= capacities.get(capacities.size() - 1)) {
            addLayer(capacities.get(capacities.size() - 1) * 2);
        }
        long[] last = layers.get(layers.size() - 1);
        long size = (long) last.length * 64;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            last[(int) (bit >>> 6)] |= 1L << (bit & 63);
        }
        inLast++;
        return false;
    }

    private static boolean contains(long[] bits, long h1, long h2) {
        long size = (long) bits.length * 64;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            if ((bits[(int) (bit >>> 6)] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    private void addLayer(long capacity) {
        long words = Math.max(1, (long) Math.ceil(capacity * BITS_PER_ID / 64));
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many request ids for one load");
        }
        layers.add(new long[(int) words]);
        capacities.add(capacity);
        inLast = 0;
    }

    /** A 64-bit mix of the id's characters (FNV-style with a final avalanche); seed picks an independent hash. */
    private static long hash(String s, long seed) {
        long h = seed ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
            h = Long.rotateLeft(h, 27) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
