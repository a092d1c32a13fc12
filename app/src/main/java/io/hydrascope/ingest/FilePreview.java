package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.nio.file.Path;
import java.util.List;

/**
 * What importing a file would do, seen on its first rows: the detected format, how the file's columns map onto
 * Hydrascope's fields, and each previewed row's values per field with the reason it would be quarantined, if any.
 */
public record FilePreview(
        Path file,
        long fileSize,
        String formatName,
        String container,
        DataKind kind,
        List<FieldMapping> mappings,
        List<String> ignoredColumns,
        List<Row> rows) {

    /** One of Hydrascope's fields and the file's column that fills it (null when the file has none). */
    public record FieldMapping(String field, String sourceColumn, boolean required) {
    }

    /** One previewed record: its line, its values in {@link #mappings} order, and why it would be rejected. */
    public record Row(long line, List<String> values, String rejectedReason, String rejectedDetail) {
        public boolean accepted() {
            return rejectedReason == null;
        }
    }

    /** The file's detected format in words, e.g. "native interactions (csv.gz)". */
    public String formatLabel() {
        return formatName + " (" + container + ")";
    }
}
