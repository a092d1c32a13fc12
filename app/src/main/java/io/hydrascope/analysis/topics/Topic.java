package io.hydrascope.analysis.topics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic id of the taxonomy: lower-case words joined by hyphens ({@code tool-use}). The built-in ids are constants;
 * an analyst's taxonomy file may add more, so ids are validated strings rather than an enum.
 */
public record Topic(String id) implements Comparable<Topic> {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public static final Topic CODING = new Topic("coding");
    public static final Topic REASONING = new Topic("reasoning");
    public static final Topic TOOL_USE = new Topic("tool-use");
    public static final Topic AGENTIC = new Topic("agentic");
    public static final Topic DATA_ANALYSIS = new Topic("data-analysis");
    public static final Topic COMPUTER_USE = new Topic("computer-use");
    public static final Topic VISION = new Topic("vision");
    public static final Topic ALIGNMENT_POLICY = new Topic("alignment-policy");
    /** The fallback: everything no other topic claims with enough evidence. */
    public static final Topic GENERAL = new Topic("general");

    /** The built-in ids in taxonomy order. */
    public static final List<Topic> BUILT_IN = List.of(CODING, REASONING, TOOL_USE, AGENTIC, DATA_ANALYSIS,
            COMPUTER_USE, VISION, ALIGNMENT_POLICY, GENERAL);

    public Topic {
        if (id == null || id.length() > 40 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("topic id must be lower-case words joined by '-' (at most 40 chars): "
                    + (id == null ? "null" : "'" + id + "'"));
        }
    }

    /** The topic for an id, validating it. */
    public static Topic of(String id) {
        return new Topic(id);
    }

    @Override
    public int compareTo(Topic other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
