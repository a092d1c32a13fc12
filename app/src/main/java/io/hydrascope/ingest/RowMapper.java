package io.hydrascope.ingest;

/**
 * Maps one source record onto the canonical slots of a {@link SourceFormat}. Runs on the parsing thread, once per
 * record; an instance serves one import (it may keep state such as a placeholder account).
 */
@FunctionalInterface
public interface RowMapper {
    /**
     * Fills {@code slots} (all null on entry) from the record. Returns null for a record to validate and import, or
     * why the record is deliberately not imported (counted as skipped, e.g. "not a GenAI span"). Problems with
     * values (bad timestamps, missing account) are left to validation, which quarantines them.
     */
    String fill(SourceRecord record, String[] slots, ImportNotes notes);
}
