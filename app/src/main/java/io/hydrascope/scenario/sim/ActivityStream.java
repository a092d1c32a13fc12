package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Rand;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;

/**
 * Spreads a number of conversations over the slices in proportion to an activity curve, so the expected total is
 * exactly the budget whatever the curve, the window or the slice length.
 */
final class ActivityStream {
    /** Relative activity during {@code [from, to)}, already weighted by the interval's length. */
    @FunctionalInterface
    interface Activity {
        double during(long from, long to);
    }

    private final Activity activity;
    private final double conversations;
    private double[] expected;

    /**
     * @param rate relative activity at a time, evaluated at each slice's midpoint
     * @param conversations expected number of conversations over the whole window
     */
    ActivityStream(LongToDoubleFunction rate, double conversations) {
        this((from, to) -> rate.applyAsDouble((from + to) / 2) * (to - from), conversations);
    }

    ActivityStream(Activity activity, double conversations) {
        this.activity = activity;
        this.conversations = conversations;
    }

    void prepare(SliceGrid grid) {
        expected = new double[grid.count()];
        double sum = 0;
        for (int i = 0; i < grid.count(); i++) {
            expected[i] = Math.max(0, activity.during(grid.sliceStart(i), grid.sliceEnd(i)));
            sum += expected[i];
        }
        for (int i = 0; i < expected.length; i++) {
            expected[i] = sum > 0 ? expected[i] * conversations / sum : 0;
        }
    }

    /** How many conversations start in the slice (a Poisson draw around the expectation). */
    int count(int slice, SplittableRandom rng) {
        return Rand.poisson(rng, expected[slice]);
    }
}
