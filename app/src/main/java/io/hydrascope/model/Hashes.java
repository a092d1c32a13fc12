package io.hydrascope.model;

/**
 * Fast 64-bit hashing (not for security), shared by the store's request keys and the analysis sketches: FNV-1a over
 * UTF-16 code units, finished with the MurmurHash3 64-bit mix.
 *
 * <p>Request keys are part of the case file format, so neither function may change.
 */
public final class Hashes {
    private Hashes() {
    }

    /** The MurmurHash3 64-bit finaliser. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /** FNV-1a over the code units {@code from} (inclusive) to {@code to} (exclusive), then {@link #mix}. */
    public static long hash(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }
}
