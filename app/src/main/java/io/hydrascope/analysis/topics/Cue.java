package io.hydrascope.analysis.topics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One weighted piece of evidence for a topic or for the chain-of-thought flag, as defined in a taxonomy file.
 *
 * @param kind how the cue is matched
 * @param text the phrase, the regex, or the structure as written (phrases lower-cased and whitespace-collapsed)
 * @param parts the phrases that must all occur ({@link Kind#ALL_OF}); the phrase itself for {@link Kind#PHRASE}
 * @param anchor for {@link Kind#REGEX}: the phrase that must occur before the regex is tried at all
 * @param weight added to the score once when the cue fires, however often it occurs
 * @param note the analyst's reason for the weight, if given
 * @param group names the cue group the cue was defined in; the fired cues of one group add up to at most its cap
 * @param cap the most the cues of the group add to a score together ({@code Double.POSITIVE_INFINITY}: no cap)
 */
public record Cue(Kind kind, String text, List<String> parts, String anchor, double weight, String note,
        String group, double cap) {

    /** How a cue is matched against the lower-cased, whitespace-collapsed prompt. */
    public enum Kind {
        /** A literal phrase; word boundaries at word-character edges unless the edge is marked {@code *}. */
        PHRASE,
        /** Several phrases that must all occur somewhere in the prompt. */
        ALL_OF,
        /** A Java regex, tried only when its anchor phrase occurs. */
        REGEX,
        /** A count over the whole scanned text, such as {@code numbers>=3}. */
        STRUCTURE
    }

    public Cue {
        parts = List.copyOf(parts);
    }

    /**
     * The cue as shown in explanations: {@code "def "}, {@code '"tools":'}, {@code "agent" + "tools"}, {@code /re/},
     * {@code [numbers>=3]}.
     */
    public String label() {
        return switch (kind) {
            case PHRASE -> quote(text);
            case ALL_OF -> parts.stream().map(Cue::quote).collect(Collectors.joining(" + "));
            case REGEX -> "/" + text + "/";
            case STRUCTURE -> "[" + text + "]";
        };
    }

    /** Identifies the cue within one topic, so that a later definition of the same cue replaces an earlier one. */
    String key() {
        return kind + ":" + (kind == Kind.ALL_OF ? String.join("\u0000", parts) : text);
    }

    /** Double quotes, or single quotes around phrases that contain a double quote (JSON keys read better so). */
    private static String quote(String s) {
        char q = s.indexOf('"') >= 0 ? '\'' : '"';
        return q + s + q;
    }
}
