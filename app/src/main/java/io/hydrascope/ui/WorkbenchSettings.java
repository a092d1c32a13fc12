package io.hydrascope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the window keeps its files and what it was started with: {@code ~/.hydrascope} (or the folder in system
 * property {@code hydrascope.home}), the case given with {@code --case}, the folders the sample may live under, and
 * whether the pulse-gap probe runs from the start (system property {@code hydrascope.pulseProbe}: {@code true}, or a
 * file to write the report to on exit), and whether to open the sample case at once ({@code --sample}).
 */
public record WorkbenchSettings(Path home, Optional<Path> caseToOpen, List<Path> sampleBases, String pulseProbe,
                                boolean openSample) {

    public WorkbenchSettings(Path home, Optional<Path> caseToOpen, List<Path> sampleBases, String pulseProbe) {
        this(home, caseToOpen, sampleBases, pulseProbe, false);
    }

    public static WorkbenchSettings fromEnvironment(List<String> args) {
        String configuredHome = System.getProperty("hydrascope.home");
        Path home = configuredHome != null ? Path.of(configuredHome)
                : Path.of(System.getProperty("user.home"), ".hydrascope");
        return new WorkbenchSettings(home, caseArgument(args), defaultSampleBases(),
                System.getProperty("hydrascope.pulseProbe"), args.contains("--sample"));
    }

    public Path casesDir() {
        return home.resolve("cases");
    }

    /** Where the Export report dialog suggests saving: the user's Documents folder when there is one. */
    public Path reportsDir() {
        Path userHome = Path.of(System.getProperty("user.home"));
        Path documents = userHome.resolve("Documents");
        return Files.isDirectory(documents) ? documents : userHome;
    }

    /** Saved column-mapping profiles: {@code -Dhydrascope.profiles=DIR}, else {@code profiles} in the home folder. */
    public Path profilesDir() {
        String configured = System.getProperty(io.hydrascope.ingest.ProfileStore.DIRECTORY_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured) : home.resolve("profiles");
    }

    /** The analyst's settings (name, report author): {@code settings.properties} in the home folder. */
    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    public Path recentFile() {
        return home.resolve("recent-cases.txt");
    }

    static Optional<Path> caseArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if ("--case".equals(args.get(i)) && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
            if (args.get(i).startsWith("--case=")) {
                return Optional.of(Path.of(args.get(i).substring("--case=".length())));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the sample may live: the folder named by system property {@code hydrascope.sample} (set by installed
     * packages), the working folder, then the jar's folder and its two parents (app/target/hydrascope.jar in a
     * checkout).
     */
    static List<Path> defaultSampleBases() {
        List<Path> bases = new ArrayList<>();
        String configured = System.getProperty("hydrascope.sample");
        if (configured != null) {
            Path sample = Path.of(configured).toAbsolutePath();
            if (sample.getParent() != null && sample.getParent().getParent() != null) {
                bases.add(sample.getParent().getParent());
            }
        }
        bases.add(Path.of("").toAbsolutePath());
        try {
            Path jar = Path.of(WorkbenchSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
                bases.add(dir);
            }
        } catch (Exception ignored) {
            // no code source (unusual class loader): the working folder is still searched
        }
        return bases;
    }
}
