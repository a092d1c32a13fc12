package io.hydrascope.ingest;

import java.nio.file.Path;

/**
 * Shows what an import of a file would do before it runs. The native implementation reads the first rows with the
 * import's own readers and validator; a mapping-profile previewer for foreign formats can take its place.
 */
public interface ImportPreviewer {
    /**
     * Reads the first {@code rows} records of the file.
     *
     * @throws ImportException when the file cannot be read or its format is not recognised; the message says why
     */
    FilePreview preview(Path file, int rows);
}
