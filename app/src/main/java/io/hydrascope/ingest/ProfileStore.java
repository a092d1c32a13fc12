package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Named mapping profiles saved as JSON files in one directory ({@code ~/.hydrascope/profiles} unless told
 * otherwise), and the lookup that offers a saved profile again for a file with the same header. A profile's file name
 * is derived from its name, so saving under an existing name replaces that profile. Reads the directory on every
 * call (profiles are few and small); safe to use from any one thread at a time, never on the FX thread.
 */
public final class ProfileStore {
    /** System property naming another profile directory. */
    public static final String DIRECTORY_PROPERTY = "hydrascope.profiles";

    private final Path directory;
    private final List<String> unreadable = new ArrayList<>();

    public ProfileStore(Path directory) {
        this.directory = directory;
    }

    /** {@code -Dhydrascope.profiles=DIR} if given, else {@code .hydrascope/profiles} in the user's home. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".hydrascope", "profiles");
    }

    public Path directory() {
        return directory;
    }

    /** All readable profiles, by name. Files that are not valid profiles are left out (see {@link #unreadable()}). */
    public List<MappingProfile> list() throws IOException {
        unreadable.clear();
        List<MappingProfile> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                try {
                    out.add(ProfileJson.read(file));
                } catch (IllegalArgumentException e) {
                    unreadable.add(e.getMessage());
                }
            }
        }
        out.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Why files in the directory were left out by the last {@link #list()}: one "file: reason" each. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The profile of this name (case does not matter). */
    public Optional<MappingProfile> find(String name) throws IOException {
        Path file = fileFor(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ProfileJson.read(file));
    }

    /** Saves the profile, replacing one of the same name; returns its file. */
    public Path save(MappingProfile profile) throws IOException {
        Path file = fileFor(profile.name());
        ProfileJson.write(profile, file);
        return file;
    }

    /** Deletes the profile of this name; false when there was none. */
    public boolean delete(String name) throws IOException {
        return Files.deleteIfExists(fileFor(name));
    }

    /**
     * Profiles to offer for a file with these columns: first those made for the same header (same names in any
     * order), then those whose mapped columns the file has. Empty when none fits.
     */
    public List<MappingProfile> matching(List<String> columns) throws IOException {
        List<MappingProfile> same = new ArrayList<>();
        List<MappingProfile> fitting = new ArrayList<>();
        for (MappingProfile p : list()) {
            if (p.matchesHeader(columns)) {
                same.add(p);
            } else if (p.missingColumns(columns).isEmpty()) {
                fitting.add(p);
            }
        }
        same.addAll(fitting);
        return same;
    }

    /** The profile made for exactly this header, if one was saved. */
    public Optional<MappingProfile> forHeader(List<String> columns) throws IOException {
        return list().stream().filter(p -> p.matchesHeader(columns)).findFirst();
    }

    /** {@code Acme Gateway (v2)} is saved as {@code acme-gateway-v2.json}. */
    Path fileFor(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a profile name needs a letter or digit");
        }
        return directory.resolve(slug + ".json");
    }
}
