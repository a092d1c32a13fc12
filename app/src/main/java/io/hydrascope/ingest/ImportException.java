package io.hydrascope.ingest;

import java.nio.file.Path;

/** A source file cannot be imported at all. The message names the file, the line (when known) and the reason. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
