package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        ReportModel model = AnalysedCase.model(ReportScope.wholeCase(), true);
        html = new String(new HtmlReportWriter().toBytes(model), StandardCharsets.UTF_8);
    }

    @Test
    void loadsNothingFromOutsideTheFile() {
        Matcher refs = Pattern.compile("(?i)\\b(src|href|action|data|poster)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        List<String> external = new ArrayList<>();
        int images = 0;
        while (refs.find()) {
            String value = refs.group(2);
            if (value.startsWith("data:image/")) {
                images++;
            } else if (!value.startsWith("#")) {
                external.add(refs.group());
            }
        }
        assertEquals(List.of(), external);
        assertTrue(images >= 3, "timeline, topics and graph are embedded");
        assertFalse(html.toLowerCase().contains("url("), "no CSS url() either");
        assertFalse(html.toLowerCase().contains("@import"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
    }

    @Test
    void hostilePromptAndFieldsAreEscapedText() {
        assertFalse(html.contains("<script"), "no script element at all");
        assertFalse(html.contains("<img src=x"), "a user agent never becomes markup");
        assertFalse(html.contains("onerror=alert"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt; harvest-bot/1.0"));
        assertTrue(html.contains("&#61;HYPERLINK(&quot;http://evil.example&quot;)"));
        assertFalse(html.contains("href=\"javascript"));
        assertFalse(html.contains("href=\"http"));
    }

    @Test
    void chartsAndGraphAreSvgWithTheirData() {
        Matcher svg = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/&#;]+)\"").matcher(html);
        List<String> pictures = new ArrayList<>();
        while (svg.find()) {
            pictures.add(new String(Base64.getDecoder().decode(svg.group(1).replace("&#61;", "=")),
                    StandardCharsets.UTF_8));
        }
        assertEquals(3, pictures.size());
        assertTrue(pictures.get(0).contains("atlas-4 launched"), "timeline marks the launch");
        assertTrue(pictures.get(1).contains("coding"), "topic chart names the topics");
        assertTrue(pictures.get(2).contains("flagged account"), "graph legend");
        assertTrue(pictures.stream().noneMatch(p -> p.contains("<script") || p.contains("http://evil")));
    }

    @Test
    void sectionsAppearInTheContentsAndAsChapters() throws Exception {
        long cluster = AnalysedCase.campaignCluster();
        assertTrue(html.contains("<a class=\"toc-link\" href=\"#cluster-" + cluster + "\">"));
        assertTrue(html.contains("<div class=\"chapter cluster\" id=\"cluster-" + cluster + "\">"));
        assertTrue(html.contains("Bookmarked evidence"));
        assertTrue(html.contains("Appendix B: Indicators"));
    }

    @Test
    void previewTextEqualsTheFile() throws Exception {
        ReportModel model = AnalysedCase.model(ReportScope.cluster(AnalysedCase.campaignCluster()), true);
        String preview = new HtmlReportWriter().render(model, ProgressListener.NONE, new CancellationToken());
        assertEquals(preview, new String(new HtmlReportWriter().toBytes(model), StandardCharsets.UTF_8));
    }
}
