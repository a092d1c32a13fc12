package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path dir;
    String casePath;

    @BeforeEach
    void ingest() throws Exception {
        Path log = Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,prompt\n"
                + "r1,2026-02-01T10:00:00Z,a1,run the script with the -python flag\n"
                + "r2,2026-02-01T11:00:00Z,a2,what is a good book on birds?\n");
        casePath = dir.resolve("c.hcase").toString();
        assertEquals(0, CliTest.run("ingest", "--case", casePath, log.toString()).code());
    }

    @Test
    void printsTheHitWithItsMatchMarked() {
        CliTest.Run r = CliTest.run("search", "--case", casePath, "birds");
        assertEquals(0, r.code(), r.err());
        assertEquals("2026-02-01T11:00:00Z  a2  r2\n    what is a good book on [[birds]]?\n", r.out());
    }

    @Test
    void saysNoMatchesWhenNothingIsFound() {
        CliTest.Run r = CliTest.run("search", "--case", casePath, "zebra");
        assertEquals(0, r.code(), r.err());
        assertEquals("no matches\n", r.out());
    }

    @Test
    void aWordStartingWithADashGoesAfterTheEndOfOptions() {
        CliTest.Run withoutEnd = CliTest.run("search", "--case", casePath, "-python");
        assertEquals(2, withoutEnd.code(), "taken as an option");

        CliTest.Run r = CliTest.run("search", "--case", casePath, "--", "-python");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2026-02-01T10:00:00Z  a1  r1\n"), r.out());
        assertTrue(r.out().contains("[[python]]"), r.out());
    }

    @Test
    void usageHelpShowsHowToSearchForAWordStartingWithADash() {
        CliTest.Run r = CliTest.run("help", "search");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("[--]"), r.out());
        assertTrue(r.out().contains("hydrascope search --case demo.hcase -- -python"), r.out());
    }
}
