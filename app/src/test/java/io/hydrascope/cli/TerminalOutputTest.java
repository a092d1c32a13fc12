package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log text with terminal escape sequences reaches the terminal only as visible escapes, in results and in error
 * messages alike, while CSV and JSON output keeps it exact.
 */
class TerminalOutputTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String RED_ACCOUNT = "\u001b[31mred\u001b[0m";

    @TempDir
    Path dir;

    /** Fails naming the first character a terminal would act on: controls other than line ends, bidi overrides. */
    static void assertPrintable(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069);
            if (control) {
                fail(String.format("raw U+%04X at %d in:%n%s", (int) c, i, output.replace("\u001b", "<ESC>")));
            }
        }
    }

    private Path hostileCase() throws Exception {
        Path log = Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,model,prompt\n"
                + "r1,2026-02-01T10:00:00Z," + RED_ACCOUNT + ",atlas\u001b[2J,ancient " + TITLE + " python\n"
                + "r2\u009b2J,2026-02-01T11:00:00Z,a2,atlas-3,\u202eevil python\n"
                + "r3," + TITLE + "never,a3,atlas-3,bad time\n");
        Path casePath = dir.resolve("c.hcase");
        CliTest.Run ingest = CliTest.run("ingest", "--case", casePath.toString(), log.toString());
        assertEquals(0, ingest.code(), ingest.err());
        assertPrintable(ingest.out());
        return casePath;
    }

    @Test
    void searchShowsAccountIdsRequestIdsAndPromptsEscaped() throws Exception {
        CliTest.Run r = CliTest.run("search", "--case", hostileCase().toString(), "python");
        assertEquals(0, r.code(), r.err());
        assertPrintable(r.out());
        assertTrue(r.out().contains("  \\x1b[31mred\\x1b[0m  r1\n    ancient \\x1b]0;pwned\\x07 [[python]]"),
                r.out());
        assertTrue(r.out().contains("  a2  r2\\u009b2J\n    \\u202eevil [[python]]"), r.out());
    }

    @Test
    void quarantineTextIsEscapedAndItsCsvKeepsTheRawRow() throws Exception {
        Path casePath = hostileCase();
        CliTest.Run text = CliTest.run("quarantine", "--case", casePath.toString());
        assertEquals(0, text.code(), text.err());
        assertPrintable(text.out());
        assertTrue(text.out().contains("log.csv:4: unparseable timestamp: timestamp '\\x1b]0;pwned\\x07never'"),
                text.out());

        CliTest.Run csv = CliTest.run("quarantine", "--case", casePath.toString(), "--format", "csv");
        assertTrue(csv.out().contains(TITLE + "never"), "machine output stays exact");
    }

    @Test
    void infoTextIsEscapedAndItsJsonKeepsTheModelName() throws Exception {
        Path casePath = hostileCase();
        CliTest.Run text = CliTest.run("info", "--case", casePath.toString());
        assertPrintable(text.out());
        assertTrue(text.out().contains("model:         atlas\\x1b[2J: 1"), text.out());
        CliTest.Run json = CliTest.run("info", "--case", casePath.toString(), "--json");
        assertTrue(json.out().contains("\"atlas\\u001B[2J\" : 1"), json.out());
    }

    @Test
    void unrecognisedColumnsAreEscapedInTheError() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.csv"), "foo" + TITLE + ",bar\u009b\n1,2\n");
        CliTest.Run r = CliTest.run("ingest", "--case", dir.resolve("c.hcase").toString(), file.toString());
        assertEquals(1, r.code());
        assertPrintable(r.err());
        assertTrue(r.err().contains("unrecognised columns [foo\\x1b]0;pwned\\x07, bar\\u009b]"), r.err());
    }

    @Test
    void aBinaryFileLeavesNoControlBytesInTheError() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7 + 0x1b);
        }
        bytes[0] = 'P';
        bytes[1] = 'K';
        Path file = Files.write(dir.resolve("archive.bin"), bytes);
        CliTest.Run r = CliTest.run("ingest", "--case", dir.resolve("c.hcase").toString(), file.toString());
        assertEquals(1, r.code());
        assertPrintable(r.err());
        assertTrue(r.err().contains("archive.bin"), r.err());
    }

    @Test
    void aUsageErrorQuotesTheArgumentEscaped() {
        CliTest.Run r = CliTest.run("report", "--case", "c.hcase", "--format", "md", "--out", "r.md", "--accounts",
                "a", "--" + RED_ACCOUNT);
        assertEquals(2, r.code());
        assertPrintable(r.err());
        assertTrue(r.err().contains("--\\x1b[31mred\\x1b[0m"), r.err());
    }

    @Test
    void fileNamesFromTheCommandLineAreEscapedToo() throws Exception {
        Path log = Files.writeString(dir.resolve("log" + RED_ACCOUNT.replace("[", "_") + ".csv"),
                "request_id,timestamp,account_id\nr1,2026-02-01T10:00:00Z,a1\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("ingest", "--case", dir.resolve("c.hcase").toString(), log.toString());
        assertEquals(0, r.code(), r.err());
        assertPrintable(r.out());
        assertPrintable(r.err());
    }
}
