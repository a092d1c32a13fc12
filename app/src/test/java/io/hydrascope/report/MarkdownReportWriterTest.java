package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
    private static String md;

    @BeforeAll
    static void render() throws Exception {
        md = new String(new MarkdownReportWriter().toBytes(AnalysedCase.model(ReportScope.wholeCase(), false)),
                StandardCharsets.UTF_8);
    }

    @Test
    void containsNoRawHtmlAndNoLiveLinkOutsideCode() {
        String prose = outsideCode(md);
        assertFalse(Pattern.compile("<[a-zA-Z/!]").matcher(prose).find(), "raw HTML in prose");
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(").matcher(prose).find(), "a link could form");
        assertFalse(Pattern.compile("(?i)(https?|ftp)://|javascript:|www\\.").matcher(prose).find(),
                "an autolink could form");
        assertFalse(Pattern.compile("[\\w.]+@[\\w-]+\\.").matcher(prose).find(), "an e-mail autolink could form");
    }

    @Test
    void hostilePromptSitsVerbatimInAFenceLongerThanItsBacktickRuns() {
        String fence = "`".repeat(5);
        int at = md.indexOf(fence + "text\n");
        assertTrue(at >= 0, "the prompt holds a run of four backticks, so the fence has five");
        int close = md.indexOf("\n   " + fence + "\n", at);
        String block = md.substring(at, close);
        assertTrue(block.contains(AnalysedCase.HOSTILE_PROMPT), block);
    }

    @Test
    void analystNoteWithALinkIsDefanged() {
        assertTrue(md.contains("Note: see \\[here\\](javascript\\[:\\]alert(2))"), md);
    }

    @Test
    void templateFamiliesSayWhatFillsTheirSlots() {
        assertTrue(md.contains("### Template families"), md);
        assertTrue(Pattern.compile("Fill vocabulary here: (\\d+ distinct fills? in \\d+ prompts?|no filled slots)")
                .matcher(md).find(), md);
    }

    @Test
    void formulaAccountIsACodeSpan() {
        assertTrue(md.contains("`=HYPERLINK(\"http://evil.example\")`"));
    }

    @Test
    void hasTheReportsChaptersAndAppendix() throws Exception {
        assertTrue(md.startsWith("# Distillation campaign report"));
        assertTrue(md.contains("## Network " + AnalysedCase.campaignCluster() + "\n"), "one name: Network N");
        assertTrue(!md.contains("## Cluster "), "no heading names a cluster otherwise");
        assertTrue(md.contains("## Appendix B: Indicators"));
        assertTrue(md.contains("### Indicators\n\n"), "each network lists its strongest indicators");
        assertTrue(md.contains("`203.0.113.0/24`"));
        assertTrue(md.matches("(?s).*\\| ipv4-subnet \\| 1 \\| 1 \\|\\n.*"), "the appendix counts them by type and network");
    }

    /** The text outside code spans and fenced blocks, as a Markdown renderer would parse it. */
    private static String outsideCode(String text) {
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (fence != null) {
                if (trimmed.equals(fence)) {
                    fence = null;
                }
                continue;
            }
            if (trimmed.startsWith("```")) {
                fence = trimmed.substring(0, trimmed.indexOf("text") > 0 ? trimmed.indexOf("text") : trimmed.length());
                continue;
            }
            out.append(line.replaceAll("(`+)[^`](?:.*?[^`])?\\1(?!`)", " ")).append('\n');
        }
        return out.toString();
    }
}
