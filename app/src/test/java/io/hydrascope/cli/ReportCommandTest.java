package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.report.AnalysedCase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAClusterReportAndSaysWhere() throws Exception {
        Path out = dir.resolve("c.html");
        long cluster = AnalysedCase.campaignCluster();
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--cluster",
                Long.toString(cluster), "--format", "html", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote html report to " + out + " in "), r.out());
        assertTrue(Files.readString(out).contains("id=\"cluster-" + cluster + "\""));
    }

    @Test
    void writesIndicatorsForChosenAccounts() throws Exception {
        Path out = dir.resolve("i.csv");
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--accounts",
                "camp-00,camp-01", "--format", "CSV", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(out);
        assertTrue(csv.contains("\naccount,camp-00,"), csv);
        assertTrue(!csv.contains("camp-05"), "only the chosen accounts' indicators");
    }

    @Test
    void clusterAndAccountsTogetherAreAUsageError() throws Exception {
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--cluster", "1",
                "--accounts", "a", "--format", "md", "--out", dir.resolve("x.md").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheFormats() throws Exception {
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--format", "docx",
                "--out", dir.resolve("x.docx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'docx' is not a report format; use one of [html, pdf, md, stix, csv]"), r.err());
    }

    @Test
    void unknownClusterFailsWithOneLine() throws Exception {
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--cluster", "9999",
                "--format", "md", "--out", dir.resolve("x.md").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().strip().startsWith("hydrascope: cluster 9999 does not exist in the latest analysis"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("x.md")));
    }

    @Test
    void unwritableOutputFailsNamingThePath() throws Exception {
        Path out = dir.resolve("no-such-folder").resolve("r.pdf");
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--format", "pdf",
                "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(out + ": cannot write the report: folder"), r.err());
    }

    @Test
    void caseWithoutAnalysisFailsSayingWhatToRun() throws Exception {
        Path log = Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,prompt\n"
                + "r1,2026-02-01T10:00:00Z,a1,hello\n");
        Path casePath = dir.resolve("fresh.hcase");
        assertEquals(0, CliTest.run("ingest", "--case", casePath.toString(), log.toString()).code());
        CliTest.Run r = CliTest.run("report", "--case", casePath.toString(), "--format", "stix", "--out",
                dir.resolve("b.json").toString());
        assertEquals(1, r.code());
        assertEquals("hydrascope: fresh.hcase: no analysis results yet; run 'hydrascope analyze' on the case first",
                r.err().strip().lines().reduce((a, b) -> b).orElse(""));
    }
}
