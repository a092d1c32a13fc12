package io.hydrascope.ui.imports;

import io.hydrascope.model.ImportCounts;
import java.nio.file.Path;

/**
 * How one file of an import run ended. {@code counts} is null when the file could not be imported at all;
 * {@code importId} is -1 then.
 */
public record FileOutcome(Path file, String format, ImportCounts counts, String result, long importId,
                          double seconds) {
    public String fileName() {
        return file.getFileName().toString();
    }
}
