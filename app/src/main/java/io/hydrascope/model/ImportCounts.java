package io.hydrascope.model;

/**
 * How the rows of one import ended. Every row read ends exactly once as imported, quarantined, duplicate or
 * skipped (a source record that is not an interaction, e.g. a non-GenAI span), so
 * {@code rowsRead == imported + quarantined + duplicates + skipped}. {@code flagged} counts imported rows that were
 * repaired (invalid UTF-8 replaced) and is part of {@code imported}.
 */
public record ImportCounts(long rowsRead, long imported, long quarantined, long duplicates, long skipped,
                           long flagged) {
    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts {
        if (rowsRead != imported + quarantined + duplicates + skipped) {
            throw new IllegalArgumentException("counts do not add up: " + rowsRead + " read != " + imported
                    + " imported + " + quarantined + " quarantined + " + duplicates + " duplicates + "
                    + skipped + " skipped");
        }
    }

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsRead + other.rowsRead, imported + other.imported,
                quarantined + other.quarantined, duplicates + other.duplicates, skipped + other.skipped,
                flagged + other.flagged);
    }
}
