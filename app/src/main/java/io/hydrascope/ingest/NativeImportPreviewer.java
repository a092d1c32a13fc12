package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Previews native CSV and JSON Lines files (optionally gzipped) with the readers and validator imports use. */
public final class NativeImportPreviewer implements ImportPreviewer {
    @Override
    public FilePreview preview(Path file, int rows) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, 0, Files.exists(file) ? "not a regular file" : "file not found");
        }
        SourceFiles.Source source;
        try {
            source = SourceFiles.open(file, null, io.hydrascope.ingest.formats.BuiltInFormats.all(), ImportOptions.DEFAULT);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage(), e);
        }
        try {
            SourceFormat format = source.format();
            RecordReader reader = source.reader();
            List<FilePreview.FieldMapping> mappings = mappings(format, reader.columns());
            List<String> ignored = ignoredColumns(format, reader.columns());
            RowValidator validator = new RowValidator(format);
            List<FilePreview.Row> out = new ArrayList<>();
            while (out.size() < rows && reader.next()) {
                List<String> values = reader.problem() == null
                        ? Arrays.asList(reader.slots().clone()) : List.of();
                ParsedRow parsed = validator.validate(reader);
                if (parsed instanceof ParsedRow.Rejected r) {
                    out.add(new FilePreview.Row(r.line(), values, r.reason(), r.detail()));
                } else {
                    out.add(new FilePreview.Row(parsed.line(), values, null, null));
                }
            }
            return new FilePreview(file, Files.size(file), format.name(), source.container() + gzSuffix(file),
                    format.kind(), mappings, ignored, out);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage(), e);
        } finally {
            try {
                source.close();
            } catch (IOException ignored) {
                // a preview only read; nothing to lose
            }
        }
    }

    private static List<FilePreview.FieldMapping> mappings(SourceFormat format, List<String> columns) {
        Map<String, String> columnByField = new HashMap<>();
        for (String column : columns) {
            columnByField.putIfAbsent(FieldNames.normalize(column), column);
        }
        List<FilePreview.FieldMapping> out = new ArrayList<>();
        for (String field : format.fields()) {
            out.add(new FilePreview.FieldMapping(field, columnByField.get(FieldNames.normalize(field)),
                    format.required().contains(field)));
        }
        return out;
    }

    private static List<String> ignoredColumns(SourceFormat format, List<String> columns) {
        Map<String, Integer> slots = format.slotsByNormalizedName();
        return columns.stream().filter(c -> !slots.containsKey(FieldNames.normalize(c))).toList();
    }

    /** ".gz" when the file starts with the gzip magic bytes, as the import recognises it. */
    private static String gzSuffix(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b ? ".gz" : "";
        }
    }
}
