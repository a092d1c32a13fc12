package io.hydrascope.model;

import java.time.Instant;

/**
 * One file imported (or being imported) into a case, identified by its content hash. {@code sha256} covers the
 * whole file and is null until the file has been read to its end; {@code headSha256} covers its first MiB.
 */
public record ImportRecord(
        long id,
        String fileName,
        String filePath,
        long fileSize,
        String headSha256,
        String sha256,
        String format,
        DataKind kind,
        Instant startedAt,
        Instant finishedAt,
        ImportStatus status,
        ImportCounts counts,
        String message) {
}
