package io.hydrascope.analysis.topics;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains a {@link TopicModel} from labelled prompts: L2-regularised logistic regression (LIBLINEAR), one model per
 * topic against the rest and one for the chain-of-thought flag, over the hashed {@link PromptFeatures}. Training is
 * deterministic: the same prompts in the same order give the same bytes.
 */
public final class TopicTrainer {
    /**
     * @param bits the model has {@code 2^bits} feature buckets
     * @param cost LIBLINEAR's C: larger fits the training data more closely
     * @param name the model's name, shown where the case records it
     * @param description what it was trained on
     * @param classBalance 0 trains every prompt alike; 1 weighs each topic inversely to its number of prompts (so a
     *     rare topic counts as much as a common one); values between soften that
     * @param cotPositiveWeight how much more a missed chain-of-thought request costs than a false alarm
     */
    public record Options(int bits, double cost, String name, String description, double classBalance,
                          double cotPositiveWeight) {
        public static Options defaults(String name, String description) {
            return new Options(18, 16.0, name, description, 1.0, 6.0);
        }
    }

    /** Trains on every prompt given (split beforehand: this method does not hold anything out). */
    public TopicModel train(List<LabelledPrompt> prompts, Options options, ProgressListener progress,
                            CancellationToken cancel) {
        if (prompts.isEmpty()) {
            throw new TopicModelException("no labelled prompts to train on", null);
        }
        List<Topic> topics = topicsOf(prompts);
        if (topics.size() < 2) {
            throw new TopicModelException("training needs prompts of at least two topics; all are " + topics.get(0),
                    null);
        }
        int buckets = 1 << options.bits();
        PromptFeatures extractor = new PromptFeatures(options.bits());
        Feature[][] rows = new Feature[prompts.size()][];
        for (int i = 0; i < prompts.size(); i++) {
            if ((i & 255) == 0) {
                cancel.throwIfCancelled();
                progress.progress(i, prompts.size(), "extracting features");
            }
            extractor.extract(prompts.get(i).text());
            rows[i] = row(extractor.buckets, 0, extractor.count, buckets);
        }
        Linear.disableDebugOutput();
        progress.progress(0, -1, "training the topic model");
        double[] labels = new double[prompts.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = topics.indexOf(prompts.get(i).topic());
        }
        Parameter topicParameter = parameter(options);
        topicParameter.setWeights(classWeights(labels, topics.size(), options.classBalance()),
                java.util.stream.IntStream.range(0, topics.size()).toArray());
        Model topicModel = Linear.train(problem(rows, labels, buckets), topicParameter);
        int k = topics.size();
        float[] weights = new float[buckets * k];
        float[] bias = new float[k];
        int[] order = topicModel.getLabels();
        for (int li = 0; li < order.length; li++) {
            int t = order[li];
            for (int b = 0; b < buckets; b++) {
                weights[b * k + t] = (float) topicModel.getDecfunCoef(b + 1, li);
            }
            bias[t] = (float) topicModel.getDecfunBias(li);
        }
        cancel.throwIfCancelled();
        progress.progress(0, -1, "training the chain-of-thought model");
        float[] cotWeights = new float[buckets];
        float cotBias = trainChainOfThought(prompts, buckets, options, cotWeights, extractor);
        return new TopicModel(options.name(), options.description(), options.bits(), topics, weights, bias,
                cotWeights, cotBias);
    }

    /** The topics present, built-in ones in their order first, then others as they first occur. */
    private static List<Topic> topicsOf(List<LabelledPrompt> prompts) {
        Set<Topic> present = new LinkedHashSet<>();
        prompts.forEach(p -> present.add(p.topic()));
        List<Topic> topics = new ArrayList<>();
        for (Topic t : Topic.BUILT_IN) {
            if (present.remove(t)) {
                topics.add(t);
            }
        }
        topics.addAll(present);
        return topics;
    }

    /**
     * The chain-of-thought model scores sentences (the classifier takes a prompt's best one), but labels are per
     * prompt. Multiple-instance training: every sentence of a prompt without the request is a negative; a prompt
     * with it first contributes its whole text, then, in two more rounds, only its best-scoring sentence under the
     * previous round's weights.
     */
    private static float trainChainOfThought(List<LabelledPrompt> prompts, int buckets, Options options,
                                             float[] weights, PromptFeatures extractor) {
        List<Feature[][]> positives = new ArrayList<>();
        List<Feature[]> positiveWhole = new ArrayList<>();
        List<Feature[]> negatives = new ArrayList<>();
        for (LabelledPrompt p : prompts) {
            Boolean cot = p.chainOfThought();
            if (cot == null) {
                continue;
            }
            extractor.extract(p.text());
            Feature[][] sentences = sentences(extractor, buckets);
            if (cot) {
                positives.add(sentences);
                positiveWhole.add(row(extractor.buckets, 0, extractor.contentCount, buckets));
            } else {
                negatives.addAll(List.of(sentences));
            }
        }
        if (positives.isEmpty() || negatives.isEmpty()) {
            return positives.isEmpty() ? -10f : 10f; // a constant answer: all the labels agree
        }
        double[] w = null;
        for (int round = 0; round < 3; round++) {
            List<Feature[]> rows = new ArrayList<>(negatives);
            for (int i = 0; i < positives.size(); i++) {
                rows.add(w == null || positives.get(i).length == 0 ? positiveWhole.get(i) : best(positives.get(i), w));
            }
            double[] y = new double[rows.size()];
            java.util.Arrays.fill(y, negatives.size(), y.length, 1.0);
            Parameter cotParameter = parameter(options);
            cotParameter.setWeights(new double[] {1.0, options.cotPositiveWeight()}, new int[] {0, 1});
            Model m = Linear.train(problem(rows.toArray(new Feature[0][]), y, buckets), cotParameter);
            int positive = m.getLabels()[0] == 1 ? 0 : 1;
            w = new double[buckets + 1];
            for (int b = 0; b < buckets; b++) {
                w[b] = m.getDecfunCoef(b + 1, positive);
            }
            w[buckets] = m.getDecfunBias(positive);
        }
        for (int b = 0; b < buckets; b++) {
            weights[b] = (float) w[b];
        }
        return (float) w[buckets];
    }

    private static Feature[][] sentences(PromptFeatures f, int buckets) {
        List<Feature[]> out = new ArrayList<>();
        for (int g = 0; g < f.segments; g++) {
            int from = f.segmentStart[g];
            int to = g + 1 < f.segments ? f.segmentStart[g + 1] : f.contentCount;
            if (to > from) {
                out.add(row(f.buckets, from, to, buckets));
            }
        }
        return out.toArray(new Feature[0][]);
    }

    private static Feature[] best(Feature[][] sentences, double[] w) {
        Feature[] best = sentences[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Feature[] sentence : sentences) {
            double score = 0;
            for (Feature f : sentence) {
                score += f.getValue() * w[f.getIndex() - 1];
            }
            if (score > bestScore) {
                bestScore = score;
                best = sentence;
            }
        }
        return best;
    }

    /** (mean count / count of the topic) ^ balance, per topic index. */
    private static double[] classWeights(double[] labels, int k, double balance) {
        double[] counts = new double[k];
        for (double l : labels) {
            counts[(int) l]++;
        }
        double mean = labels.length / (double) k;
        double[] w = new double[k];
        for (int t = 0; t < k; t++) {
            w[t] = counts[t] == 0 ? 1 : Math.pow(mean / counts[t], balance);
        }
        return w;
    }

    private static Parameter parameter(Options options) {
        Parameter p = new Parameter(SolverType.L2R_LR, options.cost(), 0.001);
        p.setMaxIters(2000);
        return p;
    }

    private static Problem problem(Feature[][] rows, double[] labels, int buckets) {
        Problem p = new Problem();
        p.l = rows.length;
        p.n = buckets + 1;
        p.x = rows;
        p.y = labels;
        p.bias = 1;
        return p;
    }

    /** Features {@code [from, to)}, sorted, merged and scaled as the classifier scales them, plus the bias. */
    private static Feature[] row(int[] features, int from, int to, int buckets) {
        int n = to - from;
        int[] sorted = Arrays.copyOfRange(features, from, to);
        Arrays.sort(sorted);
        double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
        List<Feature> row = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            row.add(new FeatureNode(sorted[i] + 1, (j - i) * scale));
            i = j;
        }
        row.add(new FeatureNode(buckets + 1, 1.0));
        return row.toArray(new Feature[0]);
    }
}
