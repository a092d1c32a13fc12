package io.hydrascope.analysis.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of classifying one prompt: the topic, the chain-of-thought flag, a score per topic, and the cues that
 * fired. Cue labels are built only when asked for, so classifying stays cheap. Immutable.
 */
public final class Classification {
    private final TopicClassifier classifier;
    private final int topic;
    private final boolean chainOfThought;
    private final double[] scores;
    private final int[] fired;

    Classification(TopicClassifier classifier, int topic, boolean chainOfThought, double[] scores, int[] fired) {
        this.classifier = classifier;
        this.topic = topic;
        this.chainOfThought = chainOfThought;
        this.scores = scores;
        this.fired = fired;
    }

    public Topic topic() {
        return classifier.topics().get(topic);
    }

    /** Whether the prompt asks for step-by-step reasoning. A feature of the traffic, not an accusation. */
    public boolean chainOfThought() {
        return chainOfThought;
    }

    /** The summed cue weights of a topic; 0 for a topic the taxonomy does not have. */
    public double score(Topic t) {
        int i = classifier.indexOf(t);
        return i < 0 ? 0 : scores[i];
    }

    public double chainOfThoughtScore() {
        return scores[classifier.cotTarget()];
    }

    /** Every topic's score, in taxonomy order. */
    public Map<Topic, Double> scores() {
        Map<Topic, Double> map = new LinkedHashMap<>();
        List<Topic> topics = classifier.topics();
        for (int i = 0; i < topics.size(); i++) {
            map.put(topics.get(i), scores[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The cues that decided the topic, strongest first, e.g. {@code "def "}, {@code "write a function"}. */
    public List<String> decisiveCues() {
        return labels(topic);
    }

    /** The cues that fired for a topic, strongest first (negative cues last). */
    public List<String> cues(Topic t) {
        int i = classifier.indexOf(t);
        return i < 0 ? List.of() : labels(i);
    }

    /** The cues that raised (or fell short of raising) the chain-of-thought flag. */
    public List<String> chainOfThoughtCues() {
        return labels(classifier.cotTarget());
    }

    /**
     * One line for an analyst, e.g. {@code coding 3.5: "def ", "write a function"; chain-of-thought: "step by step"}.
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append(topic()).append(' ').append(format(scores[topic]));
        List<String> decisive = decisiveCues();
        if (!decisive.isEmpty()) {
            sb.append(": ").append(String.join(", ", decisive));
        }
        if (topic().equals(Topic.GENERAL)) {
            int runnerUp = runnerUp();
            if (runnerUp >= 0 && scores[runnerUp] > 0) {
                sb.append(" (closest: ").append(classifier.topics().get(runnerUp)).append(' ')
                        .append(format(scores[runnerUp])).append(": ").append(String.join(", ", labels(runnerUp)))
                        .append(')');
            }
        }
        if (chainOfThought) {
            sb.append("; chain-of-thought: ").append(String.join(", ", chainOfThoughtCues()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return explain();
    }

    private int runnerUp() {
        int best = -1;
        for (int i = 0; i < classifier.topics().size(); i++) {
            if (i != topic && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }

    private List<String> labels(int target) {
        List<Cue> list = new ArrayList<>();
        for (int c : fired) {
            if (classifier.cueTarget(c) == target) {
                list.add(classifier.cue(c));
            }
        }
        list.sort(Comparator.comparingDouble(Cue::weight).reversed());
        return list.stream().map(Cue::label).collect(Collectors.toUnmodifiableList());
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
