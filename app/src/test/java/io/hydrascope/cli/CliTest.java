package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HydrascopeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path sample() throws Exception {
        return Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,model,prompt\n"
                + "r1,2026-02-01T10:00:00Z,a1,atlas-3,hello\n"
                + "r2,2026-02-01T11:00:00Z,a2,atlas-4,=HYPERLINK(\"http://x\")\n"
                + "r3,never,a2,atlas-4,bad time\n"
                + "r1,2026-02-01T10:00:00Z,a1,atlas-3,dup\n");
    }

    @Test
    void ingestPrintsCountsThatAddUp() throws Exception {
        Run r = run("ingest", "--case", dir.resolve("c.hcase").toString(), sample().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read 4 = imported 2 + quarantined 1 + duplicates 1 + skipped 0"), r.out());
        assertTrue(r.out().contains("quarantined: unparseable timestamp: 1"), r.out());
        assertTrue(r.err().strip().endsWith("search index ready"), "the last progress line says it is done: "
                + r.err());
    }

    @Test
    void benchImportRepeatsTheRunAndLeavesNoCaseBehind() throws Exception {
        Path work = dir.resolve("bench");
        Run r = run("bench", "import", "--rows", "3000", "--prompt-chars", "40", "--repeat", "2", "--work-dir",
                work.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(validate, deduplicate, index)"), r.out());
        assertTrue(r.out().contains("3,000 rows"), r.out());
        assertTrue(r.out().contains("  run 1: ") && r.out().contains("  run 2: "), r.out());
        assertTrue(r.out().contains("building indexes"), r.out());
        try (var files = Files.list(work)) {
            assertEquals(java.util.List.of("bench-interactions.csv"),
                    files.map(f -> f.getFileName().toString()).toList(), "the cases and the shell's database are gone");
        }
    }

    @Test
    void everyCommandTakesHelpWithoutItsRequiredOptions() {
        for (String command : java.util.List.of("info", "ingest", "analyze", "clusters", "search", "report",
                "generate", "bench", "evaluate", "quarantine")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: hydrascope " + command), command + ": " + r.out());
            assertTrue(r.err().isEmpty(), command + ": " + r.err());
        }
    }

    @Test
    void infoCheckPassesAWholeCaseAndNamesWhatIsMissing() throws Exception {
        String casePath = dir.resolve("c.hcase").toString();
        run("ingest", "--case", casePath, sample().toString());
        Run before = run("info", "--check", "--case", casePath);
        assertEquals(0, before.code(), before.out() + before.err());
        assertTrue(before.out().contains("check:         ok"), before.out());
        assertEquals(0, run("analyze", "--case", casePath).code());
        assertEquals(0, run("info", "--check", "--case", casePath).code());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + casePath);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DELETE FROM account_results");
        }
        Run after = run("info", "--check", "--case", casePath);
        assertEquals(1, after.code(), after.out());
        assertTrue(after.out().contains("analysis: the run has"), after.out());
    }

    @Test
    void ingestingTheSameFileTwiceSaysSo() throws Exception {
        Path log = sample();
        run("ingest", "--case", dir.resolve("c.hcase").toString(), log.toString());
        Run again = run("ingest", "--case", dir.resolve("c.hcase").toString(), log.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("already imported"), again.out());
    }

    @Test
    void infoJsonHasTheDocumentedKeys() throws Exception {
        run("ingest", "--case", dir.resolve("c.hcase").toString(), sample().toString());
        Run r = run("info", "--case", dir.resolve("c.hcase").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.get("interactions").asLong());
        assertEquals(2, json.get("accounts").asLong());
        assertEquals(1, json.get("quarantined").asLong());
        assertEquals(1, json.get("duplicates").asLong());
        assertEquals(1, json.get("imports").asLong());
        assertEquals("2026-02-01T10:00:00Z", json.get("time_range").get("from").asText());
        assertEquals("2026-02-01T11:00:00Z", json.get("time_range").get("to").asText());
        assertEquals(1, json.get("quarantine_reasons").get("unparseable timestamp").asLong());
        assertTrue(json.get("search_ready").asBoolean());
    }

    @Test
    void quarantineCsvNamesFileLineReasonAndNeutralisesFormulas() throws Exception {
        Files.writeString(dir.resolve("f.csv"), "request_id,timestamp,account_id,prompt\n=cmd,never,a1,x\n");
        run("ingest", "--case", dir.resolve("c.hcase").toString(), dir.resolve("f.csv").toString());
        Run r = run("quarantine", "--case", dir.resolve("c.hcase").toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals("file,line,reason,detail,raw", lines[0]);
        assertTrue(lines[1].startsWith("f.csv,2,\"unparseable timestamp\""), lines[1]);
        assertTrue(lines[1].endsWith("\"'=cmd,never,a1,x\""), lines[1]);
    }

    @Test
    void badUsageExitsTwoWithAReason() {
        Run r = run("info");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required option: '--case=FILE'"), r.err());
    }

    @Test
    void nonCaseFileExitsOneWithOneLine() throws Exception {
        Path notCase = Files.writeString(dir.resolve("x.hcase"), "hello");
        Run r = run("info", "--case", notCase.toString());
        assertEquals(1, r.code());
        assertEquals("hydrascope: " + notCase + ": not a Hydrascope case file (not an SQLite database)",
                r.err().strip());
    }

    @Test
    void readingCommandsRefuseAnEmptyFileAndLeaveItEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.hcase"));
        for (String command : java.util.List.of("info", "clusters", "accounts", "quarantine")) {
            Run r = run(command, "--case", empty.toString());
            assertEquals(1, r.code(), command);
            assertEquals("hydrascope: " + empty + ": an empty file, not a Hydrascope case file (a case is created by "
                    + "'hydrascope ingest')", r.err().strip());
        }
        Run search = run("search", "--case", empty.toString(), "hello");
        assertEquals(1, search.code());
        assertEquals(0, Files.size(empty));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("empty.hcase"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void infoOnAnotherSqliteDatabaseLeavesItsJournalAlone() throws Exception {
        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        Run r = run("info", "--case", other.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a Hydrascope case file"), r.err());
        assertEquals(java.util.List.of("delete"), io.hydrascope.CaseDb.column(other, "PRAGMA journal_mode"));
    }

    @Test
    void unreadableInputExitsOneNamingTheFile() {
        Run r = run("ingest", "--case", dir.resolve("c.hcase").toString(), dir.resolve("missing.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.csv: file not found"), r.err());
    }
}
