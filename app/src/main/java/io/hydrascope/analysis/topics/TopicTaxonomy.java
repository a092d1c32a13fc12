package io.hydrascope.analysis.topics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The topics, their weighted cues, and the chain-of-thought cues, read from JSON. The built-in taxonomy lives in the
 * resource {@code io/hydrascope/analysis/topics/taxonomy.json}; an analyst's file extends it (or stands alone with
 * {@code "extends": "none"}). The format is described in {@code app/docs/topics.md}. Immutable and thread-safe.
 *
 * @param description what this taxonomy is for
 * @param minScore the score a topic other than {@code general} needs before it can win
 * @param maxScanChars how many characters at the start of a prompt are scanned; the rest is ignored
 * @param topics the topics in tie-breaking order, {@code general} always among them
 * @param chainOfThought the cues of the chain-of-thought elicitation flag
 * @param sources the resources and files this taxonomy was read from, base first
 */
public record TopicTaxonomy(String description, double minScore, int maxScanChars, List<TopicDefinition> topics,
        CueSet chainOfThought, List<String> sources) {

    static final String RESOURCE = "/io/hydrascope/analysis/topics/taxonomy.json";
    static final String FORMAT = "hydrascope-topic-taxonomy/1";

    /** One topic and its cues. */
    public record TopicDefinition(Topic topic, String description, List<Cue> cues) {
        public TopicDefinition {
            cues = List.copyOf(cues);
        }
    }

    /** Cues that together raise a flag once their summed weight reaches {@code minScore}. */
    public record CueSet(String description, double minScore, List<Cue> cues) {
        public CueSet {
            cues = List.copyOf(cues);
        }
    }

    public TopicTaxonomy {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        if (topics.stream().noneMatch(t -> t.topic().equals(Topic.GENERAL))) {
            throw new IllegalArgumentException("a taxonomy needs the fallback topic 'general'");
        }
    }

    /** The taxonomy shipped with Hydrascope. */
    public static TopicTaxonomy builtIn() {
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TaxonomyException("resource " + RESOURCE, "missing from the application");
            }
            return TaxonomyReader.read(in, "resource " + RESOURCE, null);
        } catch (IOException e) {
            throw new TaxonomyException("resource " + RESOURCE, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * An analyst's taxonomy file: it extends the built-in taxonomy unless it says {@code "extends": "none"}.
     *
     * @throws TaxonomyException naming the file and the problem when it cannot be read or is invalid
     */
    public static TopicTaxonomy load(Path file) {
        String source = "file " + file;
        if (!Files.isRegularFile(file)) {
            throw new TaxonomyException(source, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TaxonomyReader.read(in, source, TopicTaxonomy::builtIn);
        } catch (IOException e) {
            throw new TaxonomyException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The topic ids in tie-breaking order. */
    public List<Topic> topicIds() {
        return topics.stream().map(TopicDefinition::topic).toList();
    }

    /** The definition of a topic, if this taxonomy has it. */
    public Optional<TopicDefinition> topic(Topic topic) {
        return topics.stream().filter(t -> t.topic().equals(topic)).findFirst();
    }
}
