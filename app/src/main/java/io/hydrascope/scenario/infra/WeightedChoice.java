package io.hydrascope.scenario.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws keys of a small weighted map (in the map's order) in proportion to their weights. */
public final class WeightedChoice<T> {
    private final List<T> keys = new ArrayList<>();
    private final double[] cumulative;

    public WeightedChoice(Map<T, Double> weights) {
        cumulative = new double[weights.size()];
        double sum = 0;
        int i = 0;
        for (Map.Entry<T, Double> e : weights.entrySet()) {
            keys.add(e.getKey());
            sum += Math.max(0, e.getValue());
            cumulative[i++] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no positive weight");
        }
    }

    public T sample(SplittableRandom rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return keys.get(i);
            }
        }
        return keys.get(keys.size() - 1);
    }

    /** The normalised weight of a key (0 when absent). */
    public double share(T key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            return 0;
        }
        double previous = i == 0 ? 0 : cumulative[i - 1];
        return (cumulative[i] - previous) / cumulative[cumulative.length - 1];
    }
}
