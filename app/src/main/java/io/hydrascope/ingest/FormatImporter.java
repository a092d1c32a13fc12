package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * One source format Hydrascope can import: how to recognise it from a file's structure, how to stream its records and
 * how to map each onto canonical fields. Everything after mapping (validation, quarantine, deduplication, counting)
 * is shared by all formats. Implementations are stateless; {@link #mapper} makes the per-import state.
 */
public interface FormatImporter {
    /** Name, kind, canonical fields and timestamp rule of what the mapper produces. */
    SourceFormat format();

    /** Canonical fields this format never fills (reported with each import: "not available in this format"). */
    Set<String> unavailable();

    /** True when a file of this shape is in this format. Decided from structure only, never from the file name. */
    boolean recognises(SourceShape shape);

    /** Streams the file's records; flat formats read rows or objects as they are. */
    default RecordSource open(SourceInput input) throws IOException {
        return input.flatRecords();
    }

    /** A mapper for one import of {@code file}. */
    RowMapper mapper(Path file, ImportOptions options);
}
