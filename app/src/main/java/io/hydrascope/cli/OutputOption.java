package io.hydrascope.cli;

import io.hydrascope.model.files.OutputFile;
import io.hydrascope.model.files.OutputFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} and {@code --force} options of the commands that write a file the user names. Only a new
 * file or, with {@code --force}, an existing regular file is written (see {@link OutputFile}).
 */
final class OutputOption {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: a new file, or "
            + "an existing regular file with --force (devices, pipes and folders are refused).")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    /**
     * Checks the path before any work is done, naming {@code what} is written ("the report") in the error.
     *
     * @throws OutputFileException when the file may not be written; an existing one says how to replace it
     */
    OutputFile check(String what) {
        try {
            return OutputFile.check(file, force);
        } catch (OutputFileException e) {
            throw new OutputFileException(file, "cannot write " + what + ": " + e.reason()
                    + (e.exists() ? "; use --force to replace" : ""), e.exists());
        }
    }
}
