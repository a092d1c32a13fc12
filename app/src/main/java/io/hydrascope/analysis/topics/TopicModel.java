package io.hydrascope.analysis.topics;

import io.hydrascope.model.files.OutputFile;
import io.hydrascope.model.files.OutputFileException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The weights of the trained topic and chain-of-thought classifiers: one linear model over {@link PromptFeatures}
 * per topic (one against the rest) and one for the chain-of-thought flag, over {@code 2^bits} hashed feature buckets.
 * The file is this class's own binary layout (big-endian, no compression, so the same training yields the same
 * bytes); its SHA-256 identifies the model in a case. Immutable.
 */
public final class TopicModel {
    private static final byte[] MAGIC = {'H', 'S', 'T', 'O', 'P', 'I', 'C', 2};
    /** Weights are stored as signed bytes times a scale per topic: a quarter of the size, the same decisions. */
    private static final int LEVELS = 127;
    private static final String BUILT_IN = "/io/hydrascope/analysis/topics/topic-model.bin";
    private static final int MAX_BITS = 22;

    private final String name;
    private final String description;
    private final int bits;
    private final List<Topic> topics;
    /** Topic weights, bucket-major: {@code topicWeights[bucket * topics + t]}. */
    final float[] topicWeights;
    final float[] topicBias;
    final float[] cotWeights;
    final float cotBias;
    private final float[] topicScale;
    private final float cotScale;
    private final String sha256;

    public TopicModel(String name, String description, int bits, List<Topic> topics, float[] topicWeights,
                      float[] topicBias, float[] cotWeights, float cotBias) {
        if (bits < 8 || bits > MAX_BITS) {
            throw new IllegalArgumentException("bits must be 8 to " + MAX_BITS + ": " + bits);
        }
        int buckets = 1 << bits;
        if (topics.size() < 2 || topicWeights.length != buckets * topics.size() || topicBias.length != topics.size()
                || cotWeights.length != buckets) {
            throw new IllegalArgumentException("weights do not match " + topics.size() + " topics and " + bits
                    + " bits");
        }
        this.name = name;
        this.description = description;
        this.bits = bits;
        this.topics = List.copyOf(topics);
        int k = topics.size();
        this.topicScale = new float[k];
        for (int t = 0; t < k; t++) {
            topicScale[t] = scale(topicWeights, t, k);
        }
        this.cotScale = scale(cotWeights, 0, 1);
        this.topicWeights = quantised(topicWeights, topicScale);
        this.topicBias = topicBias;
        this.cotWeights = quantised(cotWeights, new float[] {cotScale});
        this.cotBias = cotBias;
        this.sha256 = sha256(encode());
    }

    /** The model shipped in the jar, trained from the project's labelled prompts (see app/training/topics). */
    public static TopicModel builtIn() {
        return BuiltIn.MODEL;
    }

    /** Reads a model file written by {@link #write}. */
    public static TopicModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new TopicModelException(file + ": cannot read topic model: " + e.getMessage(), e);
        }
    }

    /** Reads a model from its bytes (as stored in a case). */
    public static TopicModel fromBytes(byte[] data, String origin) {
        try {
            return read(new java.io.ByteArrayInputStream(data), origin);
        } catch (IOException e) {
            throw new TopicModelException(origin + ": cannot read topic model: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the model to a new file or, when {@code replace}, over an existing regular file (see
     * {@link OutputFile}).
     *
     * @throws TopicModelException naming the file and the reason when it cannot be written
     */
    public void write(Path file, boolean replace) {
        try {
            OutputFile.check(file, replace).write(out -> out.write(encode()));
        } catch (OutputFileException e) {
            throw new TopicModelException(file + ": cannot write the topic model: " + e.reason(), e);
        } catch (IOException e) {
            throw new TopicModelException(file + ": cannot write the topic model: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int bits() {
        return bits;
    }

    /** The topics this model can give, in its own order. */
    public List<Topic> topics() {
        return topics;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        return encode();
    }

    /** Hex SHA-256 of the file: what a case records about the model that produced its topics. */
    public String sha256() {
        return sha256;
    }

    /** Whether this is the model shipped in the jar. */
    public boolean isBuiltIn() {
        return this == BuiltIn.MODEL || sha256.equals(BuiltIn.MODEL.sha256);
    }

    /** {@code name (sha256 prefix)}, for a log line or a report. */
    public String label() {
        return name + " (" + sha256.substring(0, 12) + ")";
    }

    private byte[] encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(topicWeights.length * 4 + cotWeights.length * 4 + 256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeUTF(name);
            out.writeUTF(description);
            out.writeInt(bits);
            out.writeInt(topics.size());
            for (Topic t : topics) {
                out.writeUTF(t.id());
            }
            for (int t = 0; t < topics.size(); t++) {
                out.writeFloat(topicBias[t]);
                out.writeFloat(topicScale[t]);
            }
            writeLevels(out, topicWeights, topicScale);
            out.writeFloat(cotBias);
            out.writeFloat(cotScale);
            writeLevels(out, cotWeights, new float[] {cotScale});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static TopicModel read(InputStream raw, String origin) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new TopicModelException(origin + ": not a Hydrascope topic model (written by train-topics)", null);
        }
        String name = in.readUTF();
        String description = in.readUTF();
        int bits = in.readInt();
        int k = in.readInt();
        if (bits < 8 || bits > MAX_BITS || k < 2 || k > 64) {
            throw new TopicModelException(origin + ": damaged topic model (" + bits + " bits, " + k + " topics)", null);
        }
        List<Topic> topics = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            topics.add(Topic.of(in.readUTF()));
        }
        float[] bias = new float[k];
        float[] scales = new float[k];
        for (int t = 0; t < k; t++) {
            bias[t] = in.readFloat();
            scales[t] = in.readFloat();
        }
        int buckets = 1 << bits;
        float[] weights = readLevels(in, buckets * k, scales);
        float cotBias = in.readFloat();
        float[] cot = readLevels(in, buckets, new float[] {in.readFloat()});
        if (in.read() != -1) {
            throw new TopicModelException(origin + ": damaged topic model (trailing bytes)", null);
        }
        return new TopicModel(name, description, bits, topics, weights, bias, cot, cotBias);
    }

    /** The step of topic {@code t}'s weights (every {@code k}-th value from {@code t}): the largest over 127. */
    private static float scale(float[] w, int t, int k) {
        float max = 0;
        for (int i = t; i < w.length; i += k) {
            max = Math.max(max, Math.abs(w[i]));
        }
        return max == 0 ? 1f : max / LEVELS;
    }

    /** The weights as they are after a round trip through the file, so a trained model and its file agree. */
    private static float[] quantised(float[] w, float[] scales) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            float scale = scales[i % scales.length];
            out[i] = Math.round(w[i] / scale) * scale;
        }
        return out;
    }

    private static void writeLevels(DataOutputStream out, float[] w, float[] scales) throws IOException {
        byte[] levels = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            levels[i] = (byte) Math.round(w[i] / scales[i % scales.length]);
        }
        out.write(levels);
    }

    private static float[] readLevels(DataInputStream in, int n, float[] scales) throws IOException {
        byte[] levels = new byte[n];
        in.readFully(levels);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = levels[i] * scales[i % scales.length];
        }
        return w;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loaded on first use, once per process. */
    private static final class BuiltIn {
        static final TopicModel MODEL = load();

        private static TopicModel load() {
            try (InputStream in = TopicModel.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new TopicModelException("the built-in topic model " + BUILT_IN + " is missing from the jar",
                            null);
                }
                return read(in, BUILT_IN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
