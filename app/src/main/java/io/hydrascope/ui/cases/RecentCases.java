package io.hydrascope.ui.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases opened lately, newest first, kept as one path per line in a small text file in the user's Hydrascope
 * folder. A list that cannot be read or written is treated as empty: it is a convenience, never a reason to fail.
 */
public final class RecentCases {
    static final int MAX = 10;
    private final Path file;

    public RecentCases(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).map(Path::of).distinct().limit(MAX).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts the case first. */
    public void add(Path casePath) {
        Path p = casePath.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(p);
        paths.add(0, p);
        save(paths.subList(0, Math.min(MAX, paths.size())));
    }

    public void remove(Path casePath) {
        List<Path> paths = new ArrayList<>(list());
        if (paths.remove(casePath.toAbsolutePath().normalize())) {
            save(paths);
        }
    }

    private void save(List<Path> paths) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the list is a convenience; the case itself opened fine
        }
    }
}
