package io.hydrascope.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file names that the import offers by default. Formats are recognised from a file's content, never from its
 * name (see {@link FormatDetector}); these are the names the files the importer reads usually carry: CSV, a JSON
 * array or document (a ChatGPT {@code conversations.json}, an OTLP export), JSON Lines, each optionally gzipped.
 * Anything else can still be chosen through "All files" and is read if its content is recognised.
 */
public final class ImportableFiles {
    /** Extensions without the dot, in the order a file chooser names them. */
    public static final List<String> EXTENSIONS = List.of("csv", "json", "jsonl", "ndjson", "gz");

    private ImportableFiles() {
    }

    /** "Logs and exports (*.csv, *.json, *.jsonl, *.ndjson, *.gz)". */
    public static String description() {
        return "Logs and exports (" + String.join(", ", EXTENSIONS.stream().map(e -> "*." + e).toList()) + ")";
    }

    /**
     * Glob patterns for a file chooser, in lower and upper case: some desktops match patterns case-sensitively, and
     * exports made on other systems may be named {@code EXPORT.CSV}.
     */
    public static List<String> patterns() {
        List<String> out = new ArrayList<>();
        for (String e : EXTENSIONS) {
            out.add("*." + e);
            out.add("*." + e.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** Whether the default filter shows this file. */
    public static boolean offered(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(e -> name.endsWith("." + e));
    }
}
