package io.hydrascope.ui.search;

import io.hydrascope.model.PromptHit;
import io.hydrascope.report.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text in which the search index marked its matches ({@link PromptHit#MATCH_START} ...
 * {@link PromptHit#MATCH_END}) into plain and matched segments, each cleaned with {@link ReportText#clean}. Nothing
 * is parsed as markup: at worst a prompt holding these control characters itself shifts where a highlight falls.
 */
public final class MarkedText {
    /** A piece of text, matched or not. */
    public record Segment(String text, boolean match) {
    }

    private MarkedText() {
    }

    /** @param oneLine whether line breaks and tabs become spaces (table cells) */
    public static List<Segment> segments(String marked, boolean oneLine) {
        List<Segment> out = new ArrayList<>();
        if (marked == null) {
            return out;
        }
        boolean inMatch = false;
        int from = 0;
        for (int i = 0; i <= marked.length(); i++) {
            char c = i < marked.length() ? marked.charAt(i) : PromptHit.MATCH_START;
            if (c == PromptHit.MATCH_START || c == PromptHit.MATCH_END) {
                String raw = marked.substring(from, i);
                String text = oneLine ? ReportText.oneLine(raw) : ReportText.clean(raw);
                if (!text.isEmpty()) {
                    out.add(new Segment(text, inMatch));
                }
                inMatch = c == PromptHit.MATCH_START && i < marked.length();
                from = i + 1;
            }
        }
        return out;
    }
}
