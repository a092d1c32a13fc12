package io.hydrascope.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares flagged accounts with ground-truth labels at account level: precision, recall and F1 overall and per
 * campaign, and the false positives by population.
 *
 * <p>Per campaign: recall is the share of its accounts that were flagged; precision is judged over the flagged
 * clusters that contain its flagged accounts, as its flagged accounts over its flagged accounts plus the benign
 * accounts flagged in those clusters (accounts of other campaigns there are another campaign's true positives).
 */
public final class Evaluation {
    /** Precision, recall and F1 with the counts behind them. */
    public record Score(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The full report. {@code benignByPopulation}: population to {flagged, total}. {@code networks}: per flagged
     * cluster, its flagged accounts by label (campaign, {@code benign} or {@code unlabelled}), so a merge of two
     * campaigns into one network, or one campaign split over several, is visible even when every account is right.
     */
    public record Report(Score overall, Map<String, Score> perCampaign, Map<String, long[]> benignByPopulation,
                         long unlabelledFlagged, Map<Long, Map<String, Long>> networks) {
        /** The share of a network's flagged accounts that carry its most common label. */
        public static double purity(Map<String, Long> labels) {
            long total = labels.values().stream().mapToLong(Long::longValue).sum();
            long top = labels.values().stream().mapToLong(Long::longValue).max().orElse(0);
            return total == 0 ? 0 : (double) top / total;
        }
    }

    private Evaluation() {
    }

    /**
     * @param labels account id to {campaign or "benign", population or null}
     * @param flagged account id to cluster id, for every flagged account
     */
    public static Report evaluate(Map<String, String[]> labels, Map<String, Long> flagged) {
        Map<String, Set<Long>> clustersOf = new HashMap<>();
        Map<Long, Long> benignFlaggedIn = new HashMap<>();
        long unlabelled = 0;
        Map<Long, Map<String, Long>> networks = new TreeMap<>();
        for (Map.Entry<String, Long> f : flagged.entrySet()) {
            String[] label = labels.get(f.getKey());
            networks.computeIfAbsent(f.getValue(), k -> new TreeMap<>())
                    .merge(label == null ? "unlabelled" : label[0], 1L, Long::sum);
            if (label == null) {
                unlabelled++;
            } else if (label[0].equals("benign")) {
                benignFlaggedIn.merge(f.getValue(), 1L, Long::sum);
            } else {
                clustersOf.computeIfAbsent(label[0], c -> new HashSet<>()).add(f.getValue());
            }
        }
        Map<String, long[]> perCampaign = new TreeMap<>();
        Map<String, long[]> populations = new TreeMap<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, String[]> e : labels.entrySet()) {
            String campaign = e.getValue()[0];
            boolean isFlagged = flagged.containsKey(e.getKey());
            if (campaign.equals("benign")) {
                String population = e.getValue()[1] == null ? "unspecified" : e.getValue()[1];
                long[] p = populations.computeIfAbsent(population, k -> new long[2]);
                p[1]++;
                if (isFlagged) {
                    fp++;
                    p[0]++;
                }
            } else {
                long[] c = perCampaign.computeIfAbsent(campaign, k -> new long[3]);
                if (isFlagged) {
                    tp++;
                    c[0]++;
                } else {
                    fn++;
                    c[2]++;
                }
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        perCampaign.forEach((c, v) -> {
            long swept = clustersOf.getOrDefault(c, Set.of()).stream()
                    .mapToLong(id -> benignFlaggedIn.getOrDefault(id, 0L)).sum();
            scores.put(c, new Score(v[0], swept, v[2]));
        });
        return new Report(new Score(tp, fp, fn), scores, populations, unlabelled, networks);
    }
}
