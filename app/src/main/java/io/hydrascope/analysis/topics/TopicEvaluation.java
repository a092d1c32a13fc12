package io.hydrascope.analysis.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement of predicted with known topics and chain-of-thought flags: accuracy, per-topic precision and recall, a
 * confusion matrix, and accuracy with topics mapped to coding / reasoning / general (every other topic counts as
 * general there). Not thread-safe; fill, then read.
 */
public final class TopicEvaluation {
    private final Map<Topic, Map<Topic, Integer>> confusion = new TreeMap<>();
    private int total;
    private int correct;
    private int mappedCorrect;
    private int core;
    private int coreCorrect;
    private int cotTruePositive;
    private int cotFalsePositive;
    private int cotFalseNegative;
    private int cotTotal;
    private int cotCorrect;

    /** Counts one prompt; {@code expectedCot} may be null when the flag was not labelled. */
    public void add(Topic expected, Topic predicted, Boolean expectedCot, boolean predictedCot) {
        confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        confusion.computeIfAbsent(predicted, k -> new TreeMap<>());
        total++;
        if (expected.equals(predicted)) {
            correct++;
        }
        boolean mapped = coarse(expected).equals(coarse(predicted));
        if (mapped) {
            mappedCorrect++;
        }
        if (expected.equals(Topic.CODING) || expected.equals(Topic.REASONING) || expected.equals(Topic.GENERAL)) {
            core++;
            if (mapped) {
                coreCorrect++;
            }
        }
        if (expectedCot != null) {
            cotTotal++;
            if (expectedCot == predictedCot) {
                cotCorrect++;
            }
            if (predictedCot && expectedCot) {
                cotTruePositive++;
            } else if (predictedCot) {
                cotFalsePositive++;
            } else if (expectedCot) {
                cotFalseNegative++;
            }
        }
    }

    /** The three-way mapping used for the coding / reasoning / general figure. */
    public static String coarse(Topic t) {
        if (t.equals(Topic.CODING)) {
            return "coding";
        }
        return t.equals(Topic.REASONING) ? "reasoning" : "general";
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : correct / (double) total;
    }

    public double mappedAccuracy() {
        return total == 0 ? Double.NaN : mappedCorrect / (double) total;
    }

    /**
     * The three-way accuracy on the prompts labelled coding, reasoning or general only: the figure for a test set
     * of coding tasks, maths problems and open questions.
     */
    public double coreAccuracy() {
        return core == 0 ? Double.NaN : coreCorrect / (double) core;
    }

    public int coreTotal() {
        return core;
    }

    public int chainOfThoughtLabelled() {
        return cotTotal;
    }

    public double chainOfThoughtAccuracy() {
        return cotTotal == 0 ? Double.NaN : cotCorrect / (double) cotTotal;
    }

    public double chainOfThoughtPrecision() {
        int p = cotTruePositive + cotFalsePositive;
        return p == 0 ? Double.NaN : cotTruePositive / (double) p;
    }

    public double chainOfThoughtRecall() {
        int r = cotTruePositive + cotFalseNegative;
        return r == 0 ? Double.NaN : cotTruePositive / (double) r;
    }

    /** Per topic: precision, recall and support (prompts labelled with it). */
    public record TopicScore(Topic topic, double precision, double recall, int support) {
    }

    public List<TopicScore> perTopic() {
        List<TopicScore> out = new ArrayList<>();
        for (Topic t : confusion.keySet()) {
            int tp = count(t, t);
            int predicted = 0;
            for (Map<Topic, Integer> row : confusion.values()) {
                predicted += row.getOrDefault(t, 0);
            }
            int support = confusion.get(t).values().stream().mapToInt(Integer::intValue).sum();
            out.add(new TopicScore(t, predicted == 0 ? Double.NaN : tp / (double) predicted,
                    support == 0 ? Double.NaN : tp / (double) support, support));
        }
        return out;
    }

    /** Rows are the labelled topics, columns the predicted ones. */
    public Map<Topic, Map<Topic, Integer>> confusion() {
        Map<Topic, Map<Topic, Integer>> copy = new LinkedHashMap<>();
        confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return copy;
    }

    public int count(Topic expected, Topic predicted) {
        Map<Topic, Integer> row = confusion.get(expected);
        return row == null ? 0 : row.getOrDefault(predicted, 0);
    }

    /** A plain-text table for a terminal: the figures, per-topic scores, then the confusion matrix. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "prompts %d, accuracy %.3f, coding/reasoning/general accuracy %.3f "
                + "(%.3f on the %d labelled coding, reasoning or general)%n", total, accuracy(), mappedAccuracy(),
                coreAccuracy(), core));
        if (cotTotal > 0) {
            sb.append(String.format(Locale.ROOT,
                    "chain-of-thought: %d labelled, accuracy %.3f, precision %.3f, recall %.3f%n", cotTotal,
                    chainOfThoughtAccuracy(), chainOfThoughtPrecision(), chainOfThoughtRecall()));
        }
        sb.append(String.format(Locale.ROOT, "%n%-18s %9s %9s %8s%n", "topic", "precision", "recall", "support"));
        for (TopicScore s : perTopic()) {
            sb.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %8d%n", s.topic(), s.precision(), s.recall(),
                    s.support()));
        }
        List<Topic> topics = new ArrayList<>(confusion.keySet());
        sb.append(String.format(Locale.ROOT, "%nconfusion (rows: labelled, columns: predicted)%n%-18s", ""));
        for (Topic t : topics) {
            sb.append(String.format(Locale.ROOT, " %6s", abbreviate(t)));
        }
        sb.append('\n');
        for (Topic row : topics) {
            sb.append(String.format(Locale.ROOT, "%-18s", row));
            for (Topic col : topics) {
                sb.append(String.format(Locale.ROOT, " %6d", count(row, col)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String abbreviate(Topic t) {
        String id = t.id();
        return id.length() <= 6 ? id : id.substring(0, 6);
    }
}
