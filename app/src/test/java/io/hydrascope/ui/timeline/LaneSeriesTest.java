package io.hydrascope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.BucketCount;
import io.hydrascope.model.LaneData;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaneSeriesTest {
    @Test
    void foldsModelsIntoOneTotalPerBucketAndKeepsTheModelThatSentMost() {
        LaneData lane = new LaneData("a", null, List.of(new BucketCount(0, "old", 3), new BucketCount(0, "new", 5),
                new BucketCount(60, "old", 2), new BucketCount(180, "new", 1)));
        LaneSeries s = LaneSeries.of(lane, 60);
        assertArrayEquals(new long[] {0, 60, 180}, s.starts());
        assertArrayEquals(new long[] {8, 2, 1}, s.totals());
        assertArrayEquals(new String[] {"new", "old", "new"}, s.dominantModels());
        assertEquals(8, s.maxTotal());
    }

    @Test
    void findsTheFirstBucketStillRunningAtATime() {
        LaneSeries s = LaneSeries.of(new LaneData("a", null, List.of(new BucketCount(0, "m", 1),
                new BucketCount(60, "m", 1), new BucketCount(600, "m", 1))), 60);
        assertEquals(0, s.firstEndingAfter(-5));
        assertEquals(1, s.firstEndingAfter(60));
        assertEquals(2, s.firstEndingAfter(120));
        assertEquals(3, s.firstEndingAfter(660));
    }
}
