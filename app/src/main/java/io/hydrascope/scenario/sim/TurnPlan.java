package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Rand;
import java.util.SplittableRandom;

/**
 * How many turns a conversation has and how far apart they are: {@code singleShare} have one turn, the rest 2 to
 * {@code maxTurns} with a geometric tail; gaps are log-normal around {@code gapSeconds}.
 */
record TurnPlan(double singleShare, double continueChance, int maxTurns, double gapSeconds, double gapSigma,
        double minGapSeconds, double maxGapSeconds) {

    int turns(SplittableRandom rng) {
        if (maxTurns <= 1 || rng.nextDouble() < singleShare) {
            return 1;
        }
        int turns = 2;
        while (turns < maxTurns && rng.nextDouble() < continueChance) {
            turns++;
        }
        return turns;
    }

    long gapMillis(SplittableRandom rng) {
        double seconds = Rand.logNormal(rng, gapSeconds, gapSigma);
        return Math.round(1000 * Math.max(minGapSeconds, Math.min(maxGapSeconds, seconds)));
    }

    /** Expected number of turns, to turn an interaction budget into a conversation budget. */
    double meanTurns() {
        if (maxTurns <= 1) {
            return 1;
        }
        double multi = 0;
        double p = 1;
        for (int k = 2; k <= maxTurns; k++) {
            double pk = k < maxTurns ? p * (1 - continueChance) : p;
            multi += k * pk;
            p *= continueChance;
        }
        return singleShare + (1 - singleShare) * multi;
    }
}
