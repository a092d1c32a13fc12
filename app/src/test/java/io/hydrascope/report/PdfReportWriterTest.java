package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {
    private static byte[] pdf;
    private static int pages;
    private static String[] pageText;

    @BeforeAll
    static void render() throws Exception {
        pdf = new PdfReportWriter().toBytes(AnalysedCase.model(ReportScope.wholeCase(), true));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            pageText = new String[pages + 1];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageText[p] = stripper.getText(doc);
            }
        }
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() {
        assertTrue(pages >= 5, "cover, summary, case, cluster, appendices: " + pages);
        for (int p = 1; p <= pages; p++) {
            assertTrue(pageText[p].contains("Page " + p + " of " + pages), "page " + p);
        }
    }

    @Test
    void contentsGiveThePageEachChapterStartsOn() throws Exception {
        long cluster = AnalysedCase.campaignCluster();
        for (String chapter : new String[] {"Executive summary", "Network " + cluster,
            "Appendix A: Methodology", "Appendix B: Indicators"}) {
            Matcher entry = Pattern.compile(Pattern.quote(chapter) + "[^\\n]*?\\.{3,}\\s*(\\d+)").matcher(pageText[1]);
            assertTrue(entry.find(), chapter + " in contents:\n" + pageText[1]);
            int page = Integer.parseInt(entry.group(1));
            assertTrue(pageText[page].startsWith(chapter) || pageText[page].contains("\n" + chapter),
                    chapter + " on page " + page);
        }
    }

    private static int pageOf(String heading) {
        for (int p = 3; p <= pages; p++) { // past the contents
            if (pageText[p].startsWith(heading) || pageText[p].contains("\n" + heading + "\n")) {
                return p;
            }
        }
        throw new AssertionError(heading + " on no page");
    }

    @Test
    void settingsAndTimesOnTheCasePageAreNeverBrokenInsideAValue() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.wholeCase(), false);
        String casePage = pageText[pageOf("Case and reproducibility")];
        for (var setting : m.facts().settings().entrySet()) {
            assertTrue(casePage.contains(setting.getKey() + " " + setting.getValue()),
                    "a setting and its value on one line: " + setting + "\n" + casePage);
        }
        for (var file : m.facts().files()) {
            assertTrue(casePage.contains(file.name()), "whole file name " + file.name() + "\n" + casePage);
        }
        String launch = ReportFormats.seconds(m.facts().launch());
        assertTrue(casePage.contains(launch), "the launch time whole: " + launch + "\n" + casePage);
        assertTrue(casePage.contains(ReportFormats.seconds(m.facts().analysedAt())), casePage);
    }

    @Test
    void indicatorsAreCountedWithTheStrongestPerNetworkAndNotListedInFull() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.wholeCase(), false);
        int appendix = pageOf("Appendix B: Indicators");
        assertEquals(pages, appendix, "the appendix is one page, the last");
        assertTrue(pageText[appendix].contains(ReportFormats.count(m.indicators().size()) + " indicators"),
                pageText[appendix]);
        assertTrue(pageText[appendix].contains("the indicator CSV and the STIX 2.1 bundle of this report"),
                pageText[appendix]);
        String all = String.join("\n", java.util.Arrays.copyOfRange(pageText, 1, pageText.length));
        for (ClusterSection s : m.sections()) {
            assertTrue(all.contains(IndicatorDigest.sectionSentence(s.indicators(),
                    ReportOptions.DEFAULTS.maxIndicatorRows()).substring(0, 20)));
            Indicator strongest = IndicatorDigest.top(s.indicators(), 1).get(0);
            assertTrue(all.contains(strongest.value()), "the strongest of " + s.cluster().id() + " is listed");
        }
    }

    @Test
    void hostilePromptIsPrintedAsText() {
        String all = String.join("\n", java.util.Arrays.copyOfRange(pageText, 1, pageText.length));
        assertTrue(all.contains("<script>alert('x')</script>"), "escaped in XHTML, shown verbatim");
        assertTrue(all.contains("<img src=x onerror=alert(1)>"), "the hostile user agent, as text");
        assertTrue(all.contains("[… truncated:") || all.contains("Bookmarked evidence"));
    }

    @Test
    void embedsItsFontsAndNamesItsProducer() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Hydrascope test", doc.getDocumentInformation().getProducer());
            var fonts = doc.getPage(0).getResources().getFontNames();
            boolean dejaVu = false;
            for (var name : fonts) {
                var font = doc.getPage(0).getResources().getFont(name);
                dejaVu |= font.getName().contains("DejaVu") && font.isEmbedded();
            }
            assertTrue(dejaVu, "DejaVu embedded");
        }
    }
}
