package io.hydrascope.analysis;

import java.util.Arrays;

/**
 * One-permutation MinHash: each element's hash picks a bin and the bin keeps its smallest value, so two sets'
 * sketches agree bin by bin with probability close to their Jaccard similarity. Bands of bins give LSH keys:
 * similar sets share a band key with high probability, dissimilar ones rarely.
 */
final class MinSketch {
    static final long EMPTY = Long.MAX_VALUE;

    private MinSketch() {
    }

    static long[] create(int bins) {
        long[] s = new long[bins];
        Arrays.fill(s, EMPTY);
        return s;
    }

    static void add(long[] sketch, long hash) {
        int bin = (int) Long.remainderUnsigned(hash >>> 7, sketch.length);
        long value = hash & 0x7FFFFFFFFFFFFFFFL;
        if (value < sketch[bin]) {
            sketch[bin] = value;
        }
    }

    static int filledBins(long[] sketch) {
        int n = 0;
        for (long v : sketch) {
            if (v != EMPTY) {
                n++;
            }
        }
        return n;
    }

    /** The key of band {@code band} ({@code rows} consecutive bins), or 0 when the band has an empty bin. */
    static long bandKey(long[] sketch, int band, int rows) {
        long h = band + 1;
        for (int r = 0; r < rows; r++) {
            long v = sketch[band * rows + r];
            if (v == EMPTY) {
                return 0;
            }
            h = Hashing.combine(h, v);
        }
        return h == 0 ? 1 : h;
    }
}
