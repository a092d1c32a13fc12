package io.hydrascope.analysis;

/** Fast 64-bit hashing for sketches (not for security): a string hash and a mixer for combining values. */
final class Hashing {
    private Hashing() {
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    static long hash(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    static long combine(long a, long b) {
        return mix(a * 31 + b + 0x9E3779B97F4A7C15L);
    }
}
