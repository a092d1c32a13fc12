package io.hydrascope.analysis.topics;

import java.util.Arrays;

/**
 * The mutable working state of one classification: folded text, character classes, counts, matched patterns and
 * fired cues. One instance per thread (held by the classifier in a ThreadLocal), reused from prompt to prompt so the
 * hot path allocates almost nothing; stamps avoid clearing the per-pattern array between prompts.
 */
final class Scan {
    char[] source = new char[512];
    char[] folded = new char[512];
    int[] classes = new int[512];
    int length;
    int numbers;
    int symbols;
    int lines;

    private final int[] patternStamp;
    private int stamp;
    int[] matched = new int[64];
    /** Matches waiting for the next character to confirm their end boundary. */
    int[] pending = new int[16];
    int matchedCount;

    final double[] scores;
    int[] fired = new int[64];
    int firedCount;
    /** Per cue group: the summed weight of its fired cues, valid where {@code groupStamp} equals the stamp. */
    private final double[] groupSum;
    private final int[] groupStamp;
    private final int[] touched;
    private int touchedCount;
    private String foldedText;

    Scan(int patterns, int targets, int groups) {
        patternStamp = new int[patterns];
        scores = new double[targets];
        groupSum = new double[groups];
        groupStamp = new int[groups];
        touched = new int[groups];
    }

    /** Prepares for a prompt of which {@code chars} characters will be scanned. */
    void begin(int chars) {
        if (folded.length < chars) {
            int size = Math.max(chars, folded.length * 2);
            source = new char[size];
            folded = new char[size];
            classes = new int[size];
        }
        if (++stamp == 0) {
            Arrays.fill(patternStamp, 0);
            Arrays.fill(groupStamp, 0);
            stamp = 1;
        }
        touchedCount = 0;
        length = 0;
        numbers = 0;
        symbols = 0;
        lines = 1;
        matchedCount = 0;
        firedCount = 0;
        foldedText = null;
        Arrays.fill(scores, 0.0);
    }

    void match(int pattern) {
        if (patternStamp[pattern] != stamp) {
            patternStamp[pattern] = stamp;
            if (matchedCount == matched.length) {
                matched = Arrays.copyOf(matched, matchedCount * 2);
            }
            matched[matchedCount++] = pattern;
        }
    }

    int[] growPending() {
        pending = Arrays.copyOf(pending, pending.length * 2);
        return pending;
    }

    boolean isMatched(int pattern) {
        return patternStamp[pattern] == stamp;
    }

    void fire(int cue, int group, double weight) {
        if (firedCount == fired.length) {
            fired = Arrays.copyOf(fired, firedCount * 2);
        }
        fired[firedCount++] = cue;
        if (groupStamp[group] != stamp) {
            groupStamp[group] = stamp;
            groupSum[group] = 0;
            touched[touchedCount++] = group;
        }
        groupSum[group] += weight;
    }

    /** Adds each touched group's sum, capped, to its target's score. */
    void settle(int[] groupTarget, double[] groupCap) {
        for (int i = 0; i < touchedCount; i++) {
            int g = touched[i];
            scores[groupTarget[g]] += Math.min(groupSum[g], groupCap[g]);
        }
    }

    /** The folded, whitespace-collapsed text that regex cues run on; built only when a regex needs it. */
    String foldedText() {
        if (foldedText == null) {
            foldedText = new String(folded, 0, length);
        }
        return foldedText;
    }
}
