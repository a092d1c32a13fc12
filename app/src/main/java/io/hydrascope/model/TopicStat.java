package io.hydrascope.model;

/**
 * One topic of a breakdown, next to the same topic in the baseline it is compared with.
 *
 * @param topic topic id
 * @param interactions interactions of the scope with this topic
 * @param share share of the scope's interactions (0..1)
 * @param chainOfThought how many of them ask for chain-of-thought
 * @param baselineInteractions interactions of the baseline with this topic
 * @param baselineShare share of the baseline's interactions (0..1); 0 when the baseline is empty
 */
public record TopicStat(String topic, long interactions, double share, long chainOfThought,
                        long baselineInteractions, double baselineShare) {
    /** How many times more often the scope asks about this topic than the baseline; NaN without a baseline. */
    public double lift() {
        return baselineShare <= 0 ? (share > 0 ? Double.POSITIVE_INFINITY : Double.NaN) : share / baselineShare;
    }

    /** Share of this topic's interactions that ask for chain-of-thought (0..1). */
    public double chainOfThoughtRate() {
        return interactions == 0 ? 0 : (double) chainOfThought / interactions;
    }
}
