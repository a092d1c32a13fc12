package io.hydrascope.model.files;

import java.nio.file.Path;

/**
 * A file the user named cannot be written: it is not a regular file, its folder is missing, or it exists and
 * replacing it was not asked for ({@link #exists()}). The message is the path and the reason.
 */
public final class OutputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;
    private final boolean exists;

    public OutputFileException(Path path, String reason, boolean exists) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
        this.exists = exists;
    }

    /** The path as the user gave it. */
    public Path path() {
        return path;
    }

    /** Why it cannot be written, without the path ("is a folder"). */
    public String reason() {
        return reason;
    }

    /** Whether the only problem is that a regular file is there and replacing it was not asked for. */
    public boolean exists() {
        return exists;
    }
}
