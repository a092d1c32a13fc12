package io.hydrascope.analysis.topics;

import io.hydrascope.analysis.topics.Explanation.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every feature of one prompt with where it came from, then turns the model's weights into evidence: each
 * feature's contribution is spread over the characters it was read from, and the strongest runs of contributing
 * characters become quoted passages; structural features are named. Used once per explanation, on one thread.
 */
final class ExplanationTrace implements PromptFeatures.Trace {
    private static final int MAX_EVIDENCE = 4;
    private static final int MAX_PASSAGE = 40;
    /** A lone full stop or question mark says nothing to an analyst, even when the model leans on it. */
    private static final java.util.regex.Pattern SENTENCE_PUNCTUATION =
            java.util.regex.Pattern.compile("[\\s.,;:!?'\"()\\-，。？！、：；「」]+");

    private final TopicModel model;
    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final Map<Integer, String> structures = new LinkedHashMap<>();

    ExplanationTrace(TopicModel model, String text) {
        this.model = model;
        this.text = text;
    }

    @Override
    public void feature(int bucket, int kind, int start, int end, String structure) {
        if (structure != null) {
            structures.put(bucket, structure);
        } else {
            spans.add(new int[] {bucket, start, end});
        }
    }

    /**
     * The evidence for topic {@code chosen} against {@code runnerUp}, or for the chain-of-thought flag when
     * {@code chosen} is negative; {@code scale} is the feature normalisation of the prompt. Only features read
     * from characters within {@code within} (start, end) count; structure counts only for topics.
     */
    List<Evidence> evidence(int chosen, int runnerUp, double scale, int[] within) {
        double[] perChar = new double[text.length()];
        for (int[] span : spans) {
            if (span[1] < within[0] || span[2] > within[1]) {
                continue;
            }
            double c = contribution(span[0], chosen, runnerUp) * scale;
            int width = span[2] - span[1];
            for (int i = span[1]; i < span[2]; i++) {
                perChar[i] += c / width;
            }
        }
        List<Scored> candidates = new ArrayList<>(passages(perChar));
        for (Map.Entry<Integer, String> s : chosen < 0 ? Map.<Integer, String>of().entrySet()
                : structures.entrySet()) {
            double c = contribution(s.getKey(), chosen, runnerUp) * scale;
            if (c > 0) {
                candidates.add(new Scored(new Evidence(s.getValue(), false), c));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Evidence> out = new ArrayList<>();
        for (Scored s : candidates) {
            if (out.size() == MAX_EVIDENCE) {
                break;
            }
            if (!out.contains(s.evidence)) {
                out.add(s.evidence);
            }
        }
        return out;
    }

    private double contribution(int bucket, int chosen, int runnerUp) {
        if (chosen < 0) {
            return model.cotWeights[bucket];
        }
        int k = model.topics().size();
        return model.topicWeights[bucket * k + chosen] - model.topicWeights[bucket * k + runnerUp];
    }

    /** Runs of characters that each add more than a tenth of the strongest character; one space may join two. */
    private List<Scored> passages(double[] perChar) {
        double max = 0;
        for (double v : perChar) {
            max = Math.max(max, v);
        }
        List<Scored> out = new ArrayList<>();
        if (max <= 0) {
            return out;
        }
        double floor = max * 0.1;
        int i = 0;
        while (i < perChar.length) {
            if (perChar[i] <= floor) {
                i++;
                continue;
            }
            int start = i;
            double sum = 0;
            while (i < perChar.length && (perChar[i] > floor || (Character.isWhitespace(text.charAt(i))
                    && i + 1 < perChar.length && perChar[i + 1] > floor && i > start))) {
                sum += Math.max(perChar[i], 0);
                i++;
            }
            String passage = trimToWords(text.substring(start, i).replaceAll("\\s+", " ").strip());
            if (passage.length() > MAX_PASSAGE) {
                passage = passage.substring(0, MAX_PASSAGE) + "…";
            }
            if (!passage.isEmpty() && !SENTENCE_PUNCTUATION.matcher(passage).matches()) {
                out.add(new Scored(new Evidence(passage, true), sum));
            }
        }
        return out;
    }

    /** Drops punctuation at the ends of a passage that has letters or digits: {@code ": Write"} becomes "Write". */
    private static String trimToWords(String passage) {
        if (passage.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return passage;
        }
        int from = 0;
        int to = passage.length();
        while (from < to && !Character.isLetterOrDigit(passage.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(passage.charAt(to - 1))) {
            to--;
        }
        return passage.substring(from, to);
    }

    private record Scored(Evidence evidence, double score) {
    }
}
