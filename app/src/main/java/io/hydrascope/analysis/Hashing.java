package io.hydrascope.analysis;

import io.hydrascope.model.Hashes;

/** Fast 64-bit hashing for sketches (not for security): a string hash and a mixer for combining values. */
final class Hashing {
    private Hashing() {
    }

    static long mix(long h) {
        return Hashes.mix(h);
    }

    static long hash(CharSequence s, int from, int to) {
        return Hashes.hash(s, from, to);
    }

    static long combine(long a, long b) {
        return mix(a * 31 + b + 0x9E3779B97F4A7C15L);
    }
}
