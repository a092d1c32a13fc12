package io.hydrascope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --case FILE} option every case command takes. */
final class CaseOption {
    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case file (SQLite).")
    Path file;
}
