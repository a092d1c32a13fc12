package io.hydrascope.scenario.infra;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Identifiers that look like a provider's: random-looking, never sequential (row order must not betray which
 * population an account came from), unique within a scenario.
 */
public final class Ids {
    private final SplittableRandom rng;
    private final Set<String> accounts = new HashSet<>();
    private final long requestKey;

    public Ids(SplittableRandom rng, long seed) {
        this.rng = rng;
        this.requestKey = mix(seed ^ 0x5deece66dL);
    }

    public String account() {
        while (true) {
            String id = "acct_" + Rand.alnum(rng, 12);
            if (accounts.add(id)) {
                return id;
            }
        }
    }

    /** A card fingerprint in the style of payment processors. */
    public String card() {
        return "fp_" + Rand.alnum(rng, 16);
    }

    public static String conversation(SplittableRandom rng) {
        return "conv_" + Rand.hex(rng, 16);
    }

    /** The request id of the n-th row written: a bijection of n, so ids are unique without remembering them. */
    public String request(long rowIndex) {
        long value = mix(rowIndex + requestKey);
        String hex = Long.toHexString(value);
        return "req_" + "0".repeat(16 - hex.length()) + hex;
    }

    /** SplitMix64's finaliser, a bijection on 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
