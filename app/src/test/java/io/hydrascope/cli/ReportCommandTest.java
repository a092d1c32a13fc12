package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.report.AnalysedCase;
import io.hydrascope.testing.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static CliTest.Run markdownReport(Path out, List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--case", AnalysedCase.shared().toString(), "--format",
                "md", "--out", out.toString()));
        args.addAll(options);
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path out = Files.writeString(dir.resolve("r.md"), "last week's report");
        CliTest.Run refused = markdownReport(out, List.of());
        assertEquals(1, refused.code());
        assertEquals("hydrascope: " + out + ": cannot write the report: exists; use --force to replace",
                refused.err().strip());
        assertEquals("last week's report", Files.readString(out));

        CliTest.Run forced = markdownReport(out, List.of("--force"));
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(out).startsWith("# Distillation campaign report"));
    }

    @Test
    void aFifoIsRefusedWithOrWithoutForceAndStaysAFifo() throws Exception {
        Path pipe = SpecialFiles.fifo(dir.resolve("pipe.md"));
        for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
            CliTest.Run r = markdownReport(pipe, force);
            assertEquals(1, r.code(), force.toString());
            assertEquals("hydrascope: " + pipe + ": cannot write the report: is a device, FIFO or socket, not a "
                    + "regular file", r.err().strip());
            assertTrue(SpecialFiles.isSpecial(pipe), "still a pipe");
        }
    }

    @Test
    void aLinkToADeviceIsRefusedAndStaysALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("null.pdf"), Path.of("/dev/null"));
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--format", "pdf",
                "--out", link.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(link + ": cannot write the report: is a symbolic link to a device"), r.err());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLinkToARegularFileStaysALinkToTheNewReport() throws Exception {
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.md"), real);
        CliTest.Run r = markdownReport(link, List.of("--force"));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("# Distillation campaign report"));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        CliTest.Run r = CliTest.run("report", "--case", AnalysedCase.shared().toString(), "--format", "html",
                "--out", folder.toString(), "--force");
        assertEquals(1, r.code());
        assertEquals("hydrascope: " + folder + ": cannot write the report: is a folder", r.err().strip());
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
