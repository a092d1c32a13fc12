package io.hydrascope.analysis.topics;

import io.hydrascope.analysis.topics.TaxonomyDocument.CueGroupDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one cue group of a taxonomy file into validated {@link Cue}s. Stateless. */
final class CueGroups {
    static final int MAX_PHRASE_LENGTH = 200;

    private CueGroups() {
    }

    /**
     * @param where names the group in error messages, e.g. {@code topic 'coding', cue group 3}
     * @param source the file or resource, which together with {@code where} names the group
     * @param fail makes the exception for a problem (it adds the file name)
     */
    static List<Cue> toCues(CueGroupDocument group, String where, String source,
            Function<String, TaxonomyException> fail) {
        if (group == null) {
            throw fail.apply(where + " is empty");
        }
        if (group.weight() == null) {
            throw fail.apply(where + ": \"weight\" is missing");
        }
        double weight = group.weight();
        if (!Double.isFinite(weight) || Math.abs(weight) > 10) {
            throw fail.apply(where + ": \"weight\" must be between -10 and 10, found " + weight);
        }
        int kinds = (group.phrases() != null ? 1 : 0) + (group.allOf() != null ? 1 : 0)
                + (group.regex() != null ? 1 : 0) + (group.structures() != null ? 1 : 0);
        if (kinds != 1) {
            throw fail.apply(where + ": needs exactly one of \"phrases\", \"allOf\", \"regex\" or \"structures\", found "
                    + kinds);
        }
        if (group.anchor() != null && group.regex() == null) {
            throw fail.apply(where + ": \"anchor\" only goes with \"regex\"");
        }
        String note = group.note();
        String name = source + ", " + where;
        double cap = group.cap() == null ? Double.POSITIVE_INFINITY : group.cap();
        if (!(cap > 0)) {
            throw fail.apply(where + ": \"cap\" must be a positive number, found " + cap);
        }
        List<Cue> cues = new ArrayList<>();
        if (group.phrases() != null) {
            for (String raw : nonEmpty(group.phrases(), "phrases", where, fail)) {
                String phrase = phrase(raw, where, fail);
                cues.add(new Cue(Cue.Kind.PHRASE, phrase, List.of(phrase), null, weight, note, name, cap));
            }
        } else if (group.allOf() != null) {
            for (List<String> combo : nonEmpty(group.allOf(), "allOf", where, fail)) {
                if (combo == null || combo.size() < 2) {
                    throw fail.apply(where + ": each \"allOf\" entry lists at least two phrases, found " + combo);
                }
                List<String> parts = combo.stream().map(p -> phrase(p, where, fail)).toList();
                cues.add(new Cue(Cue.Kind.ALL_OF, String.join(" + ", parts), parts, null, weight, note, name, cap));
            }
        } else if (group.regex() != null) {
            cues.add(regex(group, where, fail, weight, note, name, cap));
        } else {
            for (String raw : nonEmpty(group.structures(), "structures", where, fail)) {
                Structure s = raw == null ? null : Structure.parse(raw);
                if (s == null) {
                    throw fail.apply(where + ": unknown structure \"" + raw
                            + "\" (known: numbers>=N, symbols>=N, lines>=N)");
                }
                cues.add(new Cue(Cue.Kind.STRUCTURE, s.toString(), List.of(), null, weight, note, name, cap));
            }
        }
        return cues;
    }

    private static Cue regex(CueGroupDocument group, String where, Function<String, TaxonomyException> fail,
            double weight, String note, String name, double cap) {
        try {
            Pattern.compile(group.regex());
        } catch (PatternSyntaxException e) {
            throw fail.apply(where + ": invalid regex \"" + group.regex() + "\": " + e.getDescription()
                    + " near index " + e.getIndex());
        }
        if (group.anchor() == null) {
            throw fail.apply(where + ": a regex needs an \"anchor\" phrase; the regex is only tried on prompts "
                    + "containing the anchor, which keeps classification fast");
        }
        String anchor = phrase(group.anchor(), where, fail);
        return new Cue(Cue.Kind.REGEX, group.regex(), List.of(anchor), anchor, weight, note, name, cap);
    }

    private static <T> List<T> nonEmpty(List<T> list, String field, String where,
            Function<String, TaxonomyException> fail) {
        if (list.isEmpty()) {
            throw fail.apply(where + ": \"" + field + "\" is empty");
        }
        return list;
    }

    private static String phrase(String raw, String where, Function<String, TaxonomyException> fail) {
        if (raw == null || raw.isBlank()) {
            throw fail.apply(where + ": empty phrase");
        }
        String phrase = Chars.foldPhrase(raw);
        if (phrase.replace("*", "").isBlank()) {
            throw fail.apply(where + ": phrase \"" + raw + "\" has nothing to match");
        }
        if (phrase.length() > MAX_PHRASE_LENGTH) {
            throw fail.apply(where + ": phrase longer than " + MAX_PHRASE_LENGTH + " characters: \""
                    + raw.substring(0, 40) + "...\"");
        }
        return phrase;
    }
}
