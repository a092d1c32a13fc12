package io.hydrascope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What fills a template family's slots across a set of its prompts: the words each prompt has where the skeleton
 * has {@code {…}}, counted. An operator's task bank is filled from a small vocabulary (the same three repository
 * layouts, the same four refactorings), so few distinct fills recur many times; people using a shared scaffold with
 * their own content give as many fills as prompts. Plain text (escape it to render).
 *
 * @param prompts prompts read
 * @param filled prompts that had at least one filled slot
 * @param distinct distinct fills (case and white space aside)
 * @param top the most frequent fills, most frequent first
 */
public record FillVocabulary(int prompts, int filled, int distinct, List<Fill> top) {
    private static final int MAX_FILL_CHARS = 60;

    /** One slot filling and how many of the prompts used it. */
    public record Fill(String text, int count) {
    }

    public static FillVocabulary of(String skeleton, List<String> prompts, int topN) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        int filled = 0;
        for (String prompt : prompts) {
            boolean any = false;
            for (String fill : fills(prompt, skeleton)) {
                String key = fill.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                counts.merge(key, 1, Integer::sum);
                shown.putIfAbsent(key, fill);
                any = true;
            }
            if (any) {
                filled++;
            }
        }
        List<Fill> top = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(Math.max(0, topN))
                .forEach(e -> top.add(new Fill(shown.get(e.getKey()), e.getValue())));
        return new FillVocabulary(prompts.size(), filled, counts.size(), List.copyOf(top));
    }

    /**
     * The runs of words of one prompt that the skeleton does not have, each trimmed and cut to a readable length, in
     * order, each distinct run once. Unlike the skeleton's own matching, digits count: "issue 42" and "issue 17" are
     * two fills.
     */
    static List<String> fills(String prompt, String skeleton) {
        Set<String> shared = new HashSet<>();
        for (String token : skeleton.replace(SkeletonRuns.SLOT, " ").strip().split("\\s+")) {
            String w = word(token);
            if (!w.isEmpty()) {
                shared.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (String token : prompt.strip().split("\\s+")) {
            String w = word(token);
            if (w.isEmpty() || shared.contains(w)) {
                flush(run, out, seen);
            } else {
                run.append(run.length() == 0 ? "" : " ").append(token);
            }
        }
        flush(run, out, seen);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out, Set<String> seen) {
        if (run.length() == 0) {
            return;
        }
        // quotes and punctuation around a fill belong to the prompt's wording, not to the fill
        String text = run.toString().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (text.isEmpty()) {
            run.setLength(0);
            return;
        }
        if (text.length() > MAX_FILL_CHARS) {
            text = text.substring(0, MAX_FILL_CHARS) + "…";
        }
        if (seen.add(text.toLowerCase(Locale.ROOT))) {
            out.add(text);
        }
        run.setLength(0);
    }

    private static String word(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * One line for an analyst: "7 distinct fills in 120 prompts (small vocabulary): "src/api" ×40, …" or, for
     * personal content, "118 distinct fills in 120 prompts (each prompt its own)".
     */
    public String summary() {
        if (filled == 0) {
            return prompts == 0 ? "" : "no filled slots in " + prompts + (prompts == 1 ? " prompt" : " prompts")
                    + ": sent word for word";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d distinct fill%s in %d prompt%s",
                distinct, distinct == 1 ? "" : "s", prompts, prompts == 1 ? "" : "s"));
        if (filled >= 10) {
            s.append(distinct * 4 <= filled ? " (a small vocabulary, reused)" : distinct * 4 >= filled * 3
                    ? " (mostly their own content)" : "");
        }
        String sep = ": ";
        for (Fill f : top) {
            s.append(sep).append('"').append(f.text()).append("\" ×").append(f.count());
            sep = ", ";
        }
        return s.toString();
    }
}
