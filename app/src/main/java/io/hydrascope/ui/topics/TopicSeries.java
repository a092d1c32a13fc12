package io.hydrascope.ui.topics;

import io.hydrascope.model.TopicBucket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics over time ready to stack: every topic has a count for every bucket (zero where it had none), topics in
 * the breakdown's order so colours match the table.
 *
 * @param bucketMicros bucket size
 * @param starts start of each bucket, ascending, without gaps
 * @param counts topic to one count per bucket
 */
public record TopicSeries(long bucketMicros, List<Long> starts, Map<String, long[]> counts) {
    public static final TopicSeries EMPTY = new TopicSeries(1, List.of(), Map.of());

    public boolean isEmpty() {
        return starts.isEmpty();
    }

    /** Fills the gaps between the first and last bucket; topics not in {@code order} come after it. */
    public static TopicSeries of(List<TopicBucket> buckets, long bucketMicros, List<String> order) {
        if (buckets.isEmpty()) {
            return EMPTY;
        }
        long first = buckets.stream().mapToLong(TopicBucket::startMicros).min().getAsLong();
        long last = buckets.stream().mapToLong(TopicBucket::startMicros).max().getAsLong();
        int n = (int) ((last - first) / bucketMicros) + 1;
        List<Long> starts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            starts.add(first + i * bucketMicros);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        order.forEach(t -> counts.put(t, new long[n]));
        for (TopicBucket b : buckets) {
            counts.computeIfAbsent(b.topic(), t -> new long[n])[(int) ((b.startMicros() - first) / bucketMicros)]
                    += b.interactions();
        }
        return new TopicSeries(bucketMicros, List.copyOf(starts), counts);
    }
}
