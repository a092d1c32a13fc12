package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.BucketCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTest {
    @Test
    void hourlyCountsRegroupIntoDaysStartingAtTheZonesMidnight() {
        long h = TimeAxis.HOUR;
        long origin = -9 * h; // midnight in UTC+9 is 15:00 UTC the day before
        List<BucketCount> hourly = List.of(new BucketCount(14 * h, "a", 2), new BucketCount(15 * h, "a", 3),
                new BucketCount(16 * h, "b", 4), new BucketCount(40 * h, "a", 1));
        List<BucketCount> days = Buckets.regroup(hourly, TimeAxis.DAY, origin);
        assertEquals(List.of(new BucketCount(-9 * h, "a", 2), new BucketCount(15 * h, "a", 3),
                new BucketCount(15 * h, "b", 4), new BucketCount(39 * h, "a", 1)), days);
    }
}
