package io.hydrascope.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a template family's skeleton, or one of its prompts, into runs of shared literal text and variable slots,
 * so a view can show what the prompts have in common. A prompt's word belongs to the skeleton when the skeleton
 * contains the same word (compared the way {@link TemplateSkeleton} compares them: case, punctuation and digits
 * ignored). Plain text in, plain text out: the caller renders it without markup.
 */
public final class SkeletonRuns {
    /** How a skeleton writes a variable slot. */
    public static final String SLOT = TemplateSkeleton.SLOT;

    /** A piece of text that is either shared by the family ({@code literal}) or fills a slot. */
    public record Run(String text, boolean literal) {
    }

    private SkeletonRuns() {
    }

    /** The skeleton itself: literal text between the {@link #SLOT} markers, which become slot runs. */
    public static List<Run> ofSkeleton(String skeleton) {
        List<Run> out = new ArrayList<>();
        int from = 0;
        while (from < skeleton.length()) {
            int slot = skeleton.indexOf(SLOT, from);
            if (slot < 0) {
                add(out, skeleton.substring(from), true);
                break;
            }
            add(out, skeleton.substring(from, slot), true);
            add(out, SLOT, false);
            from = slot + SLOT.length();
        }
        return out;
    }

    /** One prompt of the family, its words marked literal where the skeleton has them and slot elsewhere. */
    public static List<Run> ofPrompt(String prompt, String skeleton) {
        Set<String> shared = new HashSet<>();
        for (String token : skeleton.replace(SLOT, " ").strip().split("\\s+")) {
            String w = TemplateSkeleton.normalise(token);
            if (!w.isEmpty()) {
                shared.add(w);
            }
        }
        List<Run> out = new ArrayList<>();
        int i = 0;
        int n = prompt.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isWhitespace(prompt.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < n && !Character.isWhitespace(prompt.charAt(i))) {
                i++;
            }
            String word = prompt.substring(wordStart, i);
            String norm = TemplateSkeleton.normalise(word);
            boolean literal = norm.isEmpty() || shared.contains(norm);
            add(out, prompt.substring(start, wordStart), lastLiteral(out, literal) || literal);
            add(out, word, literal);
        }
        return out;
    }

    /** Whitespace between two slot words stays in the slot; next to skeleton text it is literal. */
    private static boolean lastLiteral(List<Run> out, boolean fallback) {
        return out.isEmpty() ? fallback : out.get(out.size() - 1).literal();
    }

    private static void add(List<Run> out, String text, boolean literal) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).literal() == literal) {
            Run last = out.remove(out.size() - 1);
            out.add(new Run(last.text() + text, literal));
        } else {
            out.add(new Run(text, literal));
        }
    }
}
