package io.hydrascope.analysis.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON shape of a taxonomy file, bound by Jackson and then validated by {@link TaxonomyReader}. Fields are
 * nullable here because a missing field must become a clear error message, not a binding failure. The format is
 * described in {@code app/docs/topics.md}.
 */
record TaxonomyDocument(
        String format,
        String description,
        @JsonProperty("extends") String extendsTaxonomy,
        Double minScore,
        Integer maxScanChars,
        List<TopicDocument> topics,
        CueSetDocument chainOfThought) {

    /** One topic: its id, what it means, and its weighted cue groups. */
    record TopicDocument(String id, String description, Boolean replaceCues, List<CueGroupDocument> cues) {
    }

    /** The chain-of-thought flag: raised when its cues reach {@code minScore}. */
    record CueSetDocument(String description, Double minScore, Boolean replaceCues, List<CueGroupDocument> cues) {
    }

    /**
     * Cues sharing one weight. Exactly one of {@code phrases}, {@code allOf}, {@code regex} or {@code structures} is
     * set; {@code anchor} only goes with {@code regex}.
     */
    record CueGroupDocument(
            Double weight,
            Double cap,
            String note,
            List<String> phrases,
            List<List<String>> allOf,
            String regex,
            String anchor,
            List<String> structures) {
    }
}
