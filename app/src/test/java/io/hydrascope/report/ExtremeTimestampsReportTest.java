package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.analysis.AnalysisService;
import io.hydrascope.analysis.AnalysisSettings;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every timestamp the importer accepts renders in every report format: year 1, and the extremes ISO-8601 with an
 * offset reaches (0000-01-01 at +14:00 is in year -1, 9999-12-31 at -14:00 in year 10000).
 */
class ExtremeTimestampsReportTest {
    @TempDir
    static Path dir;
    private static Path casePath;

    @BeforeAll
    static void caseWithAncientAndFarFutureActivity() throws Exception {
        casePath = AnalysedCase.create(dir, false);
        Path old = Files.writeString(dir.resolve("odd-times.csv"), "request_id,timestamp,account_id,prompt\n"
                + "year-one,0001-01-01T00:00:00Z,camp-00,Write a Python function that parses a log line.\n"
                + "year-minus-one,0000-01-01T00:00:00+14:00,camp-01,Explain your reasoning step by step.\n"
                + "year-ten-thousand,9999-12-31T23:59:59-14:00,camp-01,Explain your reasoning step by step.\n");
        try (CaseStore store = CaseStore.open(casePath)) {
            new ImportService(BuiltInFormats.all()).importFile(store, old, ProgressListener.NONE,
                    new CancellationToken());
            new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
        }
    }

    private static ReportModel model(String account) {
        return AnalysedCase.model(casePath, ReportScope.accounts(List.of(account)), true, ReportOptions.DEFAULTS);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void htmlAndPdfRenderAnAccountActiveInYearOne() throws Exception {
        ReportModel m = model("camp-00");
        String html = new String(new HtmlReportWriter().toBytes(m), StandardCharsets.UTF_8);
        assertTrue(html.contains("0001-01-01"), "the account's first activity");
        assertTrue(pdfText(new PdfReportWriter().toBytes(m)).contains("0001-01-01"));
    }

    @Test
    void everyFormatRendersTheYearsBeforeOneAndAfter9999() throws Exception {
        ReportModel m = model("camp-01");
        String html = new String(new HtmlReportWriter().toBytes(m), StandardCharsets.UTF_8);
        assertTrue(html.contains("-0001-12-31") && html.contains("+10000-01-01"), "proleptic ISO years");
        String pdf = pdfText(new PdfReportWriter().toBytes(m));
        assertTrue(pdf.contains("-0001-12-31") && pdf.contains("+10000-01-01"), pdf);
        for (ReportFormat text : List.of(ReportFormat.MD, ReportFormat.STIX, ReportFormat.CSV)) {
            String out = new String(text.writer().toBytes(m), StandardCharsets.UTF_8);
            assertTrue(out.contains("-0001-12-31"), text + " shows the first activity");
        }
    }
}
