package io.hydrascope.model;

/**
 * How the rows of one import ended. Every row read ends exactly once as imported, quarantined, duplicate, skipped
 * (a source record that is not an interaction, e.g. a non-GenAI span) or pending, so
 * {@code rowsRead == imported + quarantined + duplicates + skipped + pending}. {@code flagged} counts imported rows
 * that were repaired (invalid UTF-8 replaced) and is part of {@code imported}.
 *
 * <p>{@code pending} counts rows of an import that stopped (killed, failed) before it could check them: rows whose
 * request id may already be in the case wait aside until the load ends, and only then become imported or duplicates.
 * They are neither until the import is resumed, and zero for an import that finished.
 */
public record ImportCounts(long rowsRead, long imported, long quarantined, long duplicates, long skipped,
                           long flagged, long pending) {
    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts {
        if (rowsRead != imported + quarantined + duplicates + skipped + pending) {
            throw new IllegalArgumentException("counts do not add up: " + rowsRead + " read != " + imported
                    + " imported + " + quarantined + " quarantined + " + duplicates + " duplicates + "
                    + skipped + " skipped + " + pending + " pending");
        }
    }

    /** Counts with nothing pending. */
    public ImportCounts(long rowsRead, long imported, long quarantined, long duplicates, long skipped, long flagged) {
        this(rowsRead, imported, quarantined, duplicates, skipped, flagged, 0);
    }

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsRead + other.rowsRead, imported + other.imported,
                quarantined + other.quarantined, duplicates + other.duplicates, skipped + other.skipped,
                flagged + other.flagged, pending + other.pending);
    }
}
