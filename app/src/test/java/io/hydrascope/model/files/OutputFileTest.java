package io.hydrascope.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hydrascope.testing.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    private static void write(Path path, boolean replace, String text) throws IOException {
        OutputFile.check(path, replace).write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileAndLeavesNoPartFile() throws Exception {
        write(dir.resolve("r.md"), false, "report");
        assertEquals("report", Files.readString(dir.resolve("r.md")));
        assertEquals(List.of("r.md"), names());
    }

    @Test
    void refusesAnExistingFileUnlessReplacingWasAsked() throws Exception {
        Path out = Files.writeString(dir.resolve("r.md"), "old");
        OutputFileException e = assertThrows(OutputFileException.class, () -> write(out, false, "new"));
        assertTrue(e.exists());
        assertEquals(out + ": exists", e.getMessage());
        assertEquals("old", Files.readString(out));

        write(out, true, "new");
        assertEquals("new", Files.readString(out));
        assertEquals(List.of("r.md"), names());
    }

    @Test
    void refusesAFifoEvenWhenReplacing() throws Exception {
        Path pipe = SpecialFiles.fifo(dir.resolve("pipe"));
        OutputFileException e = assertThrows(OutputFileException.class, () -> write(pipe, true, "x"));
        assertFalse(e.exists());
        assertEquals("is a device, FIFO or socket, not a regular file", e.reason());
        assertTrue(SpecialFiles.isSpecial(pipe), "still a pipe");
        assertEquals(List.of("pipe"), names());
    }

    @Test
    void refusesADeviceAndALinkToOneAndLeavesTheLink() throws Exception {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "no /dev/null device here");
        assertEquals("is a device, FIFO or socket, not a regular file",
                assertThrows(OutputFileException.class, () -> OutputFile.check(device, true)).reason());
        Path link = Files.createSymbolicLink(dir.resolve("null.md"), device);
        assertEquals("is a symbolic link to a device, FIFO or socket, not a regular file",
                assertThrows(OutputFileException.class, () -> write(link, true, "x")).reason());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(device, Files.readSymbolicLink(link));
    }

    @Test
    void refusesAFolderALinkToOneAndABrokenLink() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals("is a folder", assertThrows(OutputFileException.class, () -> write(folder, true, "x")).reason());
        Path toFolder = Files.createSymbolicLink(dir.resolve("to-folder"), folder);
        assertEquals("is a symbolic link to a folder",
                assertThrows(OutputFileException.class, () -> write(toFolder, true, "x")).reason());
        Path broken = Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nowhere"));
        assertEquals("is a symbolic link to nothing (a broken link)",
                assertThrows(OutputFileException.class, () -> write(broken, true, "x")).reason());
        assertTrue(Files.notExists(dir.resolve("nowhere")));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path out = dir.resolve("missing").resolve("r.md");
        assertEquals("folder " + dir.resolve("missing") + " does not exist",
                assertThrows(OutputFileException.class, () -> OutputFile.check(out, true)).reason());
    }

    @Test
    void replacingThroughALinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        assertTrue(assertThrows(OutputFileException.class, () -> write(link, false, "new")).exists());
        write(link, true, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.md", "real.md"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesThePartFile() throws Exception {
        Path out = Files.writeString(dir.resolve("r.md"), "old");
        IOException e = assertThrows(IOException.class, () -> OutputFile.check(out, true).write(stream -> {
            stream.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("r.md"), names());
    }

    @Test
    void aFileThatAppearsWhileWritingIsNotReplaced() throws Exception {
        Path out = dir.resolve("r.md");
        OutputFileException e = assertThrows(OutputFileException.class, () -> OutputFile.check(out, false)
                .write(stream -> Files.writeString(out, "someone else's")));
        assertTrue(e.exists());
        assertEquals("someone else's", Files.readString(out));
        assertEquals(List.of("r.md"), names());
    }

    @Test
    void aDraftClosedWithoutCommitLeavesNothing() throws Exception {
        try (OutputFile.Draft draft = OutputFile.check(dir.resolve("r.md"), false).open()) {
            draft.stream().write(1);
        }
        assertEquals(List.of(), names());
    }
}
