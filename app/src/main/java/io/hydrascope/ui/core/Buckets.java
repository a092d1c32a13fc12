package io.hydrascope.ui.core;

import io.hydrascope.model.BucketCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Regrouping counted buckets into coarser ones, e.g. hourly traffic into days starting at local midnight. */
public final class Buckets {
    private Buckets() {
    }

    /** Sums {@code buckets} into buckets of {@code size} starting at {@code origin + k * size}. */
    public static List<BucketCount> regroup(List<BucketCount> buckets, long size, long origin) {
        Map<Long, Map<String, Long>> sums = new TreeMap<>();
        for (BucketCount b : buckets) {
            long start = origin + Math.floorDiv(b.bucketStartMicros() - origin, size) * size;
            sums.computeIfAbsent(start, k -> new TreeMap<>()).merge(b.model(), b.count(), Long::sum);
        }
        List<BucketCount> out = new ArrayList<>();
        sums.forEach((start, byModel) -> byModel.forEach((model, n) -> out.add(new BucketCount(start, model, n))));
        return out;
    }
}
