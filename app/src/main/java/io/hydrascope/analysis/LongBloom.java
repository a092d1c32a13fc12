package io.hydrascope.analysis;

/** A Bloom filter of 64-bit values that were already hashed well; answers "maybe seen" or "certainly new". */
final class LongBloom {
    private static final int HASHES = 5;
    private final long[] bits;
    private final long size;

    LongBloom(long expected) {
        long words = Math.max(1024, (long) Math.ceil(Math.max(1, expected) * 8.0 / 64));
        bits = new long[(int) Math.min(words, Integer.MAX_VALUE - 8)];
        size = (long) bits.length * 64;
    }

    /** Adds the value; returns true if it was (probably) there already. */
    boolean addAndCheck(long value) {
        long h1 = value;
        long h2 = Hashing.mix(value) | 1;
        boolean present = true;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, size);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((bits[word] & mask) == 0) {
                present = false;
                bits[word] |= mask;
            }
        }
        return present;
    }
}
