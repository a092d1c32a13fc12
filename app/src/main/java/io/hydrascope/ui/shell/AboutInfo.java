package io.hydrascope.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Help → About says: the version (from the jar's manifest), the main bundled libraries with their licences
 * (from {@code bundled-libraries.txt}) and where the documentation is. Toolkit-free.
 *
 * @param docs the folder holding README.md and docs/ of a checkout next to the program, if one was found
 */
public record AboutInfo(String version, List<Library> libraries, Optional<Path> docs) {
    static final String LIBRARIES = "/io/hydrascope/ui/bundled-libraries.txt";

    /** A bundled library and the name of its licence. */
    public record Library(String name, String licence) {
    }

    /**
     * Reads the version and the library list, and looks for the documentation under {@code bases} (the working
     * folder and the jar's folders, as for the sample): the first holding {@code README.md} and {@code app/docs}.
     */
    public static AboutInfo read(List<Path> bases) {
        String version = AboutInfo.class.getPackage().getImplementationVersion();
        Optional<Path> docs = bases.stream().filter(b -> Files.isRegularFile(b.resolve("README.md"))
                && Files.isDirectory(b.resolve("app").resolve("docs"))).findFirst();
        return new AboutInfo(version == null ? "development build" : version, bundledLibraries(), docs);
    }

    static List<Library> bundledLibraries() {
        List<Library> out = new ArrayList<>();
        try (InputStream in = AboutInfo.class.getResourceAsStream(LIBRARIES)) {
            if (in == null) {
                throw new IllegalStateException(LIBRARIES + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int bar = line.indexOf('|');
                if (!line.isBlank() && !line.startsWith("#") && bar > 0) {
                    out.add(new Library(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The text of the About box. */
    public String text() {
        StringBuilder s = new StringBuilder("Hydrascope ").append(version).append('\n')
                .append("A workbench for finding distillation campaigns in API logs.\n\n")
                .append("Documentation: ");
        if (docs.isPresent()) {
            s.append(docs.get().resolve("README.md")).append(" and the guides in ")
                    .append(docs.get().resolve("app").resolve("docs"));
        } else {
            s.append("README.md and the guides in app/docs (formats, reports, topics, scenarios, annotations) of "
                    + "the Hydrascope source");
        }
        s.append(". Every command of the command line explains itself: java -jar hydrascope.jar --help.\n\n")
                .append("Bundled libraries and their licences:\n");
        for (Library l : libraries) {
            s.append("• ").append(l.name()).append(" — ").append(l.licence()).append('\n');
        }
        return s.toString().stripTrailing();
    }
}
