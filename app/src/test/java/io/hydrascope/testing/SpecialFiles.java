package io.hydrascope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Files that are not regular files, for tests of what output paths refuse. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A named pipe made by mkfifo; the calling test is skipped where there is none. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return path;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(path, LinkOption.NOFOLLOW_LINKS), "mkfifo failed");
        return path;
    }

    /** Whether something other than a regular file (and not a link) is at the path. */
    public static boolean isSpecial(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)
                && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path);
    }
}
