package io.hydrascope.ingest;

/**
 * Why a source stopped before the end of its file: nothing after {@code line} could be read (a CSV the parser could
 * not follow, JSON that is broken mid-array, a read error). The records before it were read and count as usual; the
 * import is marked incomplete so that the file is not taken as imported.
 *
 * @param line      the line where reading stopped (1-based; 0 when unknown)
 * @param reason    what went wrong, for the import's message
 * @param bytesRead bytes of the file consumed when it stopped (compressed bytes for .gz)
 */
public record ReadStop(long line, String reason, long bytesRead) {
}
