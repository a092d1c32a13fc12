package io.hydrascope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the request keys (see {@code RequestKeys}) seen during a bulk load in about 1.2 bytes per id: a
 * scalable, blocked Bloom filter (a new, larger layer is added when one fills up; the bits of one key lie in one
 * 64-byte block, so a lookup touches one cache line per layer). It may wrongly answer "seen" (about 1% of new ids),
 * never wrongly "new": rows it calls seen are settled exactly by request id after the load, so it decides nothing
 * alone. Not thread-safe: owned by the parsing thread.
 */
final class RequestIdFilter {
    private static final int HASHES = 7;
    private static final int BLOCK_WORDS = 8;
    private static final double BITS_PER_ID = 9.6;

    private final List<long[]> layers = new ArrayList<>();
    private final List<Long> capacities = new ArrayList<>();
    private long inLast;

    RequestIdFilter(long expectedIds) {
        addLayer(Math.max(1 << 16, expectedIds));
    }

    /** Adds the key; returns true when it was (probably) seen before. */
    boolean addAndCheck(long key) {
        long bits = mix(key);
        for (long[] layer : layers) {
            if (contains(layer, key, bits)) {
                return true;
            }
        }
        if (inLast >= capacities.get(capacities.size() - 1)) {
            addLayer(capacities.get(capacities.size() - 1) * 2);
        }
        long[] last = layers.get(layers.size() - 1);
        int block = block(last, key);
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) (bits >>> (i * 9)) & 511;
            last[block + (bit >>> 6)] |= 1L << (bit & 63);
        }
        inLast++;
        return false;
    }

    private static boolean contains(long[] layer, long key, long bits) {
        int block = block(layer, key);
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) (bits >>> (i * 9)) & 511;
            if ((layer[block + (bit >>> 6)] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** First word of the key's block: the key's high bits scaled to the number of blocks (no modulo bias). */
    private static int block(long[] layer, long key) {
        long blocks = layer.length / BLOCK_WORDS;
        return (int) Math.multiplyHigh(key >>> 1, blocks << 1) * BLOCK_WORDS;
    }

    private void addLayer(long capacity) {
        long blocks = Math.max(1, (long) Math.ceil(capacity * BITS_PER_ID / (64 * BLOCK_WORDS)));
        if (blocks * BLOCK_WORDS > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many request ids for one load");
        }
        layers.add(new long[(int) (blocks * BLOCK_WORDS)]);
        capacities.add(capacity);
        inLast = 0;
    }

    /** Bits for positions inside the block, independent of the bits that chose the block. */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }
}
