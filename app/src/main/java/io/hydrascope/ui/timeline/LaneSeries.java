package io.hydrascope.ui.timeline;

import io.hydrascope.model.BucketCount;
import io.hydrascope.model.LaneData;
import java.util.List;

/**
 * One lane ready to draw: bucket starts in time order, the interactions in each, and the model that sent most of
 * them. Arrays rather than objects, because hundreds of lanes are redrawn on every zoom step.
 */
public record LaneSeries(long bucketMicros, long[] starts, long[] totals, String[] dominantModels) {
    public static final LaneSeries EMPTY = new LaneSeries(1, new long[0], new long[0], new String[0]);

    /** Folds a lane's per-model counts (ordered by bucket) into one total and a dominant model per bucket. */
    public static LaneSeries of(LaneData lane, long bucketMicros) {
        List<BucketCount> in = lane.buckets();
        int n = 0;
        for (int i = 0; i < in.size(); i++) {
            if (i == 0 || in.get(i).bucketStartMicros() != in.get(i - 1).bucketStartMicros()) {
                n++;
            }
        }
        long[] starts = new long[n];
        long[] totals = new long[n];
        String[] models = new String[n];
        long[] best = new long[n];
        int k = -1;
        for (int i = 0; i < in.size(); i++) {
            BucketCount b = in.get(i);
            if (k < 0 || starts[k] != b.bucketStartMicros()) {
                k++;
                starts[k] = b.bucketStartMicros();
            }
            totals[k] += b.count();
            if (b.count() > best[k]) {
                best[k] = b.count();
                models[k] = b.model();
            }
        }
        return new LaneSeries(bucketMicros, starts, totals, models);
    }

    public int size() {
        return starts.length;
    }

    /** The largest bucket total, for scaling colour intensity. */
    public long maxTotal() {
        long max = 0;
        for (long t : totals) {
            max = Math.max(max, t);
        }
        return max;
    }

    /** Index of the first bucket that ends after {@code micros} (binary search). */
    public int firstEndingAfter(long micros) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] + bucketMicros <= micros) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
