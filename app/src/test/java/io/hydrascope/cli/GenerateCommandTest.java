package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HydrascopeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesTheFourNativeFilesAndExitsZero() throws IOException {
        Path dir = tmp.resolve("case");
        int code = run("generate", "--preset", "teaching", "--seed", "3", "--interactions", "2500", "--quiet",
                "--out", dir.toString());
        assertEquals(0, code, err.toString());
        for (String file : List.of("interactions.csv", "accounts.csv", "labels.csv", "scenario.json")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        assertTrue(out.toString().startsWith("Generated "), out.toString());
        assertTrue(Files.readString(dir.resolve("scenario.json")).contains("\"seed\" : 3"));
    }

    @Test
    void aLinkToADeviceInPlaceOfOneOfItsFilesIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Path link = Files.createSymbolicLink(dir.resolve("accounts.csv"), Path.of("/dev/null"));
        int code = run("generate", "--preset", "teaching", "--seed", "3", "--interactions", "2500", "--quiet",
                "--out", dir.toString());
        assertEquals(1, code);
        assertEquals("hydrascope: " + link + ": is a symbolic link to a device, FIFO or socket, not a regular file",
                err.toString().strip());
        assertTrue(Files.isSymbolicLink(link));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(link), files.toList(), "nothing written");
        }
    }

    @Test
    void runningAgainReplacesTheFilesOfTheEarlierRun() throws IOException {
        Path dir = tmp.resolve("case");
        assertEquals(0, run("generate", "--preset", "teaching", "--seed", "3", "--interactions", "2500", "--quiet",
                "--out", dir.toString()), err.toString());
        assertEquals(0, run("generate", "--preset", "teaching", "--seed", "4", "--interactions", "2500", "--quiet",
                "--out", dir.toString()), err.toString());
        assertTrue(Files.readString(dir.resolve("scenario.json")).contains("\"seed\" : 4"));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "no part files left");
        }
    }

    @Test
    void aBadScenarioFileExitsWithTwoAndSaysWhatIsWrong() throws IOException {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file,
                "{\"campaigns\": [{\"id\": \"x\", \"archetype\": \"low-and-slow\", \"accounts\": -3}]}");
        int code = run("generate", "--scenario", file.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("bad.json: campaigns[0].accounts must be between 1 and 10000000"),
                err.toString());
        assertTrue(Files.notExists(tmp.resolve("o")), "nothing is written for a bad scenario");
    }

    @Test
    void anUnknownPresetIsRejectedWithTheKnownNames() {
        int code = run("generate", "--preset", "nonsense", "--out", tmp.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("preset nonsense: is unknown (presets: teaching, public-reports, hard)"),
                err.toString());
    }

    @Test
    void presetAndScenarioFileCannotBeCombined() {
        int code = run("generate", "--preset", "teaching", "--scenario", "x.json", "--out", tmp.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void helpListsThePresets() {
        assertEquals(0, run("generate", "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("teaching, public-reports, hard"),
                out.toString());
    }
}
