package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file would give if imported, computed from its first records without writing anything: the format chosen
 * (or {@link #UNRECOGNISED}), its columns with sample values, and the first records mapped to canonical fields with
 * what would happen to each. Plain data, safe to hand to any thread.
 *
 * @param format      the format's name ("LiteLLM spend logs", "mapping profile 'acme'"), or {@link #UNRECOGNISED}
 * @param container   "csv", "jsonl", "json array" or "json"
 * @param columns     the columns (CSV header, or the keys of the records read, in order first seen) with samples
 * @param kind        what the rows are (interactions, accounts, labels); null when unrecognised
 * @param fields      the canonical fields of {@code kind}, in order (the keys of each row's values)
 * @param unavailable canonical fields the format or profile does not fill
 * @param rows        the first records as they would be imported, quarantined or skipped (empty when unrecognised)
 * @param problem     why the file cannot be read as asked (e.g. the profile names columns the file lacks), or null
 */
public record ImportPreview(String format, String container, List<ColumnSample> columns,
                            DataKind kind, List<String> fields, Set<String> unavailable,
                            List<Row> rows, String problem) {
    public static final String UNRECOGNISED = "unrecognised";

    public ImportPreview {
        columns = List.copyOf(columns);
        fields = List.copyOf(fields);
        unavailable = Set.copyOf(unavailable);
        rows = List.copyOf(rows);
    }

    public boolean recognised() {
        return !UNRECOGNISED.equals(format) && problem == null;
    }

    /** The column names, as written in the file (what {@link ProfileStore#matching} takes). */
    public List<String> columnNames() {
        return columns.stream().map(ColumnSample::name).toList();
    }

    /** A column and the first few distinct values found in it (long values shortened). */
    public record ColumnSample(String name, List<String> samples) {
        public ColumnSample {
            samples = List.copyOf(samples);
        }
    }

    public enum Outcome { IMPORTED, QUARANTINED, SKIPPED }

    /**
     * One record as it would be imported.
     *
     * @param line     its line, or its index when {@code location} says lines do not apply
     * @param location where it is, in words, for JSON documents; null for plain lines
     * @param values   canonical field → value as it would be stored (timestamps as ISO-8601 UTC); empty unless
     *                 imported
     * @param reason   why it would be quarantined or skipped, or null
     * @param detail   the detail of a quarantine reason (field and value), or null
     */
    public record Row(long line, String location, Outcome outcome, Map<String, String> values, String reason,
                      String detail) {
        public Row {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
