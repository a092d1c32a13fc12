package io.hydrascope.ingest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file looks like before any format is chosen: its container and the column names or keys of its first
 * record. Formats are recognised from this, never from the file name.
 *
 * @param columns CSV header, or the keys of the first JSON record (the first line of JSON Lines, the first element
 *                of an array, or the first top-level object of a JSON document)
 */
public record SourceShape(Container container, List<String> columns) {
    public enum Container {
        CSV("csv"), JSON_LINES("jsonl"), JSON_ARRAY("json array"), JSON_DOCUMENT("json");

        private final String label;

        Container(String label) {
            this.label = label;
        }

        /** Short name shown with the format ("csv", "jsonl", "json array", "json"). */
        public String label() {
            return label;
        }

        public boolean isJson() {
            return this != CSV;
        }
    }

    public SourceShape {
        columns = List.copyOf(columns);
    }

    /** The columns, normalized ({@link FieldNames#normalize}). */
    public Set<String> normalizedColumns() {
        return columns.stream().map(FieldNames::normalize).collect(Collectors.toSet());
    }

    /** True when every one of the names is among the columns (tolerant matching). */
    public boolean hasAll(String... names) {
        Set<String> have = normalizedColumns();
        for (String n : names) {
            if (!have.contains(FieldNames.normalize(n))) {
                return false;
            }
        }
        return true;
    }

    /** True when at least one of the names is among the columns (tolerant matching). */
    public boolean hasAny(String... names) {
        Set<String> have = normalizedColumns();
        for (String n : names) {
            if (have.contains(FieldNames.normalize(n))) {
                return true;
            }
        }
        return false;
    }
}
