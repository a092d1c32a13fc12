package io.hydrascope.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted text inert in Markdown (CommonMark and GitHub-flavoured). Free text has every character that can open
 * or close a construct backslash-escaped, so no emphasis, link, image, table cell, entity or raw HTML can form
 * and a list marker at its start is escaped, and link
 * triggers are defanged the way threat reports write them ({@code hxxp://}, {@code www[.]}, {@code [@]},
 * {@code javascript[:]}) because extended autolinks would otherwise make live links out of plain text. Short values
 * become code spans and prompts fenced blocks, each with a fence longer than any backtick run inside.
 */
final class MarkdownText {
    /** Characters that can start or end Markdown constructs anywhere in a line (GFM, with math extensions). */
    private static final String PUNCTUATION = "\\`*_[]<>|~!&#$";
    private static final Pattern SCHEME = Pattern.compile("(?i)\\b(https?|ftp|file|mailto|xmpp|javascript|vbscript"
            + "|data|tel|sms)\\s*:");
    private static final Pattern ORDERED = Pattern.compile("\\d{1,9}[.)]");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.");

    private MarkdownText() {
    }

    /** Inline free text: one line, defanged, all punctuation escaped. */
    static String text(String s) {
        String defanged = defang(ReportText.oneLine(s));
        StringBuilder out = new StringBuilder(defanged.length() + 16);
        for (int i = 0; i < defanged.length(); i++) {
            char c = defanged.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeBlockStart(out.toString());
    }

    /** A list, heading or quote marker at the start of a list item's text would nest a block: escape it. */
    private static String escapeBlockStart(String s) {
        Matcher ordered = ORDERED.matcher(s);
        if (ordered.lookingAt()) {
            return s.substring(0, ordered.end() - 1) + "\\" + s.substring(ordered.end() - 1);
        }
        return !s.isEmpty() && "-+=".indexOf(s.charAt(0)) >= 0 ? "\\" + s : s;
    }

    /** Link triggers made visible and inert. */
    static String defang(String s) {
        Matcher m = SCHEME.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String scheme = m.group(1);
            String safe = scheme.toLowerCase(java.util.Locale.ROOT).startsWith("http")
                    ? "hxxp" + scheme.substring(4) + ":" : scheme + "[:]";
            m.appendReplacement(out, Matcher.quoteReplacement(safe));
        }
        m.appendTail(out);
        return WWW.matcher(out.toString()).replaceAll("www[.]").replace("@", "[@]");
    }

    /** A code span holding {@code s} verbatim on one line; {@code inTable} also escapes pipes for GFM tables. */
    static String code(String s, boolean inTable) {
        String v = ReportText.oneLine(s);
        if (v.isEmpty()) {
            return "";
        }
        if (inTable) {
            v = v.replace("|", "\\|");
        }
        String fence = "`".repeat(longestRun(v, '`') + 1);
        boolean pad = v.startsWith("`") || v.endsWith("`") || v.startsWith(" ") || v.endsWith(" ");
        return fence + (pad ? " " + v + " " : v) + fence;
    }

    /** A fenced block showing {@code s} verbatim (lines kept), with a fence no line inside can close. */
    static String fenced(String s) {
        String v = ReportText.clean(s);
        String fence = "`".repeat(Math.max(3, longestRun(v, '`') + 1));
        return fence + "text\n" + v + (v.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
