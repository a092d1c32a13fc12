package io.hydrascope.analysis.topics;

import java.util.List;

/**
 * Classifies prompts with a {@link TopicModel}: a topic with a confidence, and the chain-of-thought flag. Features
 * are extracted once per prompt and scored against every topic and the flag in the same pass.
 *
 * <p>Thread-safe: the model is immutable and each thread gets its own feature buffers, so one instance serves all
 * worker threads.
 */
public final class TopicClassifier {
    private final TopicModel model;
    private final int k;
    private final ThreadLocal<PromptFeatures> features;
    private final ThreadLocal<double[]> scores;

    public TopicClassifier(TopicModel model) {
        this.model = model;
        this.k = model.topics().size();
        this.features = ThreadLocal.withInitial(() -> new PromptFeatures(model.bits()));
        this.scores = ThreadLocal.withInitial(() -> new double[k]);
    }

    /** A classifier with the model shipped in the jar. */
    public static TopicClassifier builtIn() {
        return new TopicClassifier(TopicModel.builtIn());
    }

    public TopicModel model() {
        return model;
    }

    /** Classifies one prompt; null counts as empty. */
    public Classification classify(CharSequence prompt) {
        PromptFeatures f = features.get();
        f.extract(prompt == null ? "" : prompt);
        double[] s = scores.get();
        double cot = score(f, s);
        return decide(s, cot);
    }

    /** Classifies one prompt and says which parts of it decided the topic and the flag. */
    public Explanation explain(CharSequence prompt) {
        String text = prompt == null ? "" : prompt.toString();
        ExplanationTrace trace = new ExplanationTrace(model, text);
        PromptFeatures f = new PromptFeatures(model.bits());
        f.extract(text, trace);
        double[] s = new double[k];
        double cot = score(f, s);
        Classification c = decide(s, cot);
        int chosen = model.topics().indexOf(c.topic());
        int runnerUp = -1;
        for (int t = 0; t < k; t++) {
            if (t != chosen && (runnerUp < 0 || s[t] > s[runnerUp])) {
                runnerUp = t;
            }
        }
        double scale = f.count == 0 ? 0 : 1 / Math.sqrt(f.count);
        List<Explanation.Evidence> topicEvidence = trace.evidence(chosen, runnerUp, scale, new int[] {0,
                text.length()});
        List<Explanation.Evidence> cotEvidence = c.chainOfThought()
                ? trace.evidence(-1, -1, 1, strongestSentence(f, model.cotWeights, text.length())) : List.of();
        return new Explanation(c, topicEvidence, cotEvidence);
    }

    /**
     * Fills the topic margins into {@code s} and returns the chain-of-thought margin: that of the prompt's most
     * request-like sentence.
     */
    private double score(PromptFeatures f, double[] s) {
        float[] w = model.topicWeights;
        float[] cw = model.cotWeights;
        int[] buckets = f.buckets;
        java.util.Arrays.fill(s, 0);
        double cot = f.segments == 0 ? model.cotBias : Double.NEGATIVE_INFINITY;
        for (int g = 0; g < f.segments; g++) {
            int from = f.segmentStart[g];
            int to = g + 1 < f.segments ? f.segmentStart[g + 1] : f.contentCount;
            double sentence = 0;
            for (int i = from; i < to; i++) {
                int b = buckets[i];
                int base = b * k;
                for (int t = 0; t < k; t++) {
                    s[t] += w[base + t];
                }
                sentence += cw[b];
            }
            if (to > from) {
                cot = Math.max(cot, sentence / Math.sqrt(to - from) + model.cotBias);
            }
        }
        for (int i = f.contentCount; i < f.count; i++) {
            int base = buckets[i] * k;
            for (int t = 0; t < k; t++) {
                s[t] += w[base + t];
            }
        }
        if (cot == Double.NEGATIVE_INFINITY) {
            cot = model.cotBias;
        }
        double scale = f.count == 0 ? 0 : 1 / Math.sqrt(f.count);
        for (int t = 0; t < k; t++) {
            s[t] = s[t] * scale + model.topicBias[t];
        }
        return cot;
    }

    /** The sentence whose chain-of-thought margin is highest, as character bounds {start, end}. */
    static int[] strongestSentence(PromptFeatures f, float[] cw, int textLength) {
        double best = Double.NEGATIVE_INFINITY;
        int[] bounds = {0, textLength};
        for (int g = 0; g < f.segments; g++) {
            int from = f.segmentStart[g];
            int to = g + 1 < f.segments ? f.segmentStart[g + 1] : f.contentCount;
            if (to == from) {
                continue;
            }
            double sentence = 0;
            for (int i = from; i < to; i++) {
                sentence += cw[f.buckets[i]];
            }
            sentence /= Math.sqrt(to - from);
            if (sentence > best) {
                best = sentence;
                bounds = new int[] {f.segmentChar[g], g + 1 < f.segments ? f.segmentChar[g + 1] : textLength};
            }
        }
        return bounds;
    }

    private Classification decide(double[] s, double cot) {
        int best = 0;
        double sum = 0;
        for (int t = 0; t < k; t++) {
            double p = sigmoid(s[t]);
            s[t] = p;
            sum += p;
            if (p > s[best]) {
                best = t;
            }
        }
        double pCot = sigmoid(cot);
        return new Classification(model.topics().get(best), sum == 0 ? 0 : s[best] / sum, pCot >= 0.5, pCot);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
