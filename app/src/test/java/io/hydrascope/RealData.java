package io.hydrascope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the third-party sample material kept beside the repository ({@code ../shared/realdata}). It is never part
 * of the repository: tests that use it skip when it is absent.
 */
public final class RealData {
    private RealData() {
    }

    /** The folder, if present: {@code -Dhydrascope.realdata=DIR}, else {@code shared/realdata} beside an ancestor. */
    public static Optional<Path> dir() {
        String configured = System.getProperty("hydrascope.realdata");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("realdata");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file under the folder; skips the calling test when the folder or file is absent. */
    public static Path file(String relative) {
        Optional<Path> dir = dir();
        Assumptions.assumeTrue(dir.isPresent(), "shared/realdata is not present");
        Path file = dir.get().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), relative + " is not present");
        return file;
    }
}
