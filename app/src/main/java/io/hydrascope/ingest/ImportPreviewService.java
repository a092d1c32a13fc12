package io.hydrascope.ingest;

import io.hydrascope.model.AccountLabel;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.Interaction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Previews an import for the window's import dialog: which format a file is in (or that it is unrecognised), its
 * columns with sample values, and its first records mapped and validated exactly as an import would, optionally
 * through a mapping profile the analyst is still editing. Reads only the start of the file and writes nothing.
 * Stateless and thread-safe; call it from a background thread, never the FX thread.
 *
 * <p>The import dialog's mapping step, in outline:
 * <pre>{@code
 * ImportPreview p = previews.preview(file, 20);
 * if (!p.recognised()) {
 *     List<MappingProfile> offered = profiles.matching(p.columnNames());   // saved profiles for this header
 *     // the analyst maps columns (p.columns() has sample values) and picks a TimestampFormat ...
 *     MappingProfile draft = MappingProfile.interactions(name, p.columnNames(), fields, constants, timestamps);
 *     ImportPreview check = previews.preview(file, ImportOptions.DEFAULT.withProfile(draft), 20);
 *     // check.rows(): values per canonical field, or the quarantine reason and detail; check.problem()
 *     profiles.save(draft);
 *     imports.importFile(store, file, ImportOptions.DEFAULT.withProfile(draft), progress, cancel);
 * }
 * }</pre>
 */
public final class ImportPreviewService {
    /** Distinct sample values kept per column. */
    public static final int SAMPLES_PER_COLUMN = 5;
    private static final int MAX_SAMPLE_CHARS = 200;

    private final List<FormatImporter> importers;

    /** @param importers the formats to recognise, as given to {@link ImportService} */
    public ImportPreviewService(List<FormatImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Previews the file as an import with default options would read it. */
    public ImportPreview preview(Path file, int maxRows) {
        return preview(file, ImportOptions.DEFAULT, maxRows);
    }

    /**
     * Previews the first {@code maxRows} records. With a profile in the options the file is read through it; when
     * the profile names columns the file lacks, the preview has a {@code problem} and no rows. Throws
     * {@link ImportException} when the file cannot be read at all (missing, empty, not valid JSON).
     */
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        SourceFiles.checkReadable(file);
        try {
            SourceShape shape = SourceProbe.probe(file);
            Optional<FormatImporter> importer;
            String problem = null;
            if (options.profile() != null) {
                List<String> missing = options.profile().missingColumns(shape.columns());
                importer = Optional.of(new ProfileImporter(options.profile()));
                if (!missing.isEmpty()) {
                    problem = "mapping profile '" + options.profile().name() + "' does not fit: no column "
                            + String.join(", ", missing);
                }
            } else {
                importer = SourceFiles.recognise(shape, importers);
            }
            if (importer.isEmpty() || problem != null) {
                return columnsOnly(file, shape, importer.map(i -> i.format().name())
                        .orElse(ImportPreview.UNRECOGNISED), problem, maxRows);
            }
            return read(file, shape, importer.get(), options, maxRows);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private ImportPreview read(Path file, SourceShape shape, FormatImporter importer, ImportOptions options,
                               int maxRows) throws IOException {
        SourceText.Opened opened = SourceText.open(file, null);
        List<ImportPreview.Row> rows = new ArrayList<>();
        try {
            RecordSource records = importer.open(new SourceInput(file, opened.reader(), opened.counter(), shape));
            Samples samples = new Samples(records.columns());
            SourceFormat format = importer.format();
            try (MappedRecordReader reader = new MappedRecordReader(records, importer.mapper(file, options), format,
                    importer.unavailable())) {
                RowValidator validator = new RowValidator(format);
                while (rows.size() < maxRows && reader.next()) {
                    samples.add(records.record());
                    rows.add(row(validator.validate(reader), reader, format));
                }
            }
            return new ImportPreview(importer.format().name(), shape.container().label(), samples.result(),
                    format.kind(), format.fields(), importer.unavailable(), rows, null);
        } finally {
            opened.counter().closeFile();
        }
    }

    private ImportPreview columnsOnly(Path file, SourceShape shape, String format, String problem, int maxRows)
            throws IOException {
        SourceText.Opened opened = SourceText.open(file, null);
        Samples samples = new Samples(shape.columns());
        try (RecordSource records = new SourceInput(file, opened.reader(), opened.counter(), shape).flatRecords()) {
            for (int i = 0; i < maxRows && records.next(); i++) {
                samples.add(records.record());
            }
        } finally {
            opened.counter().closeFile();
        }
        return new ImportPreview(format, shape.container().label(), samples.result(), null, List.of(), Set.of(),
                List.of(), problem);
    }

    private static ImportPreview.Row row(ParsedRow parsed, RecordReader reader, SourceFormat format) {
        String location = reader.location();
        if (parsed instanceof ParsedRow.Rejected r) {
            return new ImportPreview.Row(r.line(), location, ImportPreview.Outcome.QUARANTINED, Map.of(), r.reason(),
                    r.detail());
        }
        if (parsed instanceof ParsedRow.Skipped s) {
            return new ImportPreview.Row(s.line(), location, ImportPreview.Outcome.SKIPPED, Map.of(),
                    reader.skipReason(), null);
        }
        return new ImportPreview.Row(parsed.line(), location, ImportPreview.Outcome.IMPORTED, values(parsed, format),
                null, null);
    }

    /** The stored values by canonical field, timestamps as ISO-8601. */
    private static Map<String, String> values(ParsedRow parsed, SourceFormat format) {
        List<Object> v;
        if (parsed instanceof ParsedRow.ValidInteraction i) {
            Interaction x = i.interaction();
            v = java.util.Arrays.asList(x.requestId(), iso(x.timestampMicros()), x.accountId(), x.ip(),
                    x.userAgent(), x.model(), x.conversationId(), x.turn(), x.inputTokens(), x.outputTokens(),
                    x.toolCalls(), x.status(), x.prompt());
        } else if (parsed instanceof ParsedRow.ValidAccount a) {
            AccountProfile p = a.profile();
            v = java.util.Arrays.asList(p.accountId(), p.createdAtMicros() == null ? null : iso(p.createdAtMicros()),
                    p.emailDomain(), p.paymentFingerprint(), p.country(), p.orgId(), p.plan());
        } else {
            ParsedRow.ValidLabel l = (ParsedRow.ValidLabel) parsed;
            AccountLabel label = l.label();
            v = java.util.Arrays.asList(label.accountId(), label.campaign(), l.population());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < format.fields().size(); k++) {
            Object value = v.get(k);
            out.put(format.fields().get(k), value == null ? null : value.toString());
        }
        return out;
    }

    private static String iso(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
                .toString();
    }

    /** Columns in order first seen, each with its first distinct non-empty values. */
    private static final class Samples {
        private final Map<String, Set<String>> byColumn = new LinkedHashMap<>();

        Samples(List<String> columns) {
            columns.forEach(c -> byColumn.putIfAbsent(c, new LinkedHashSet<>()));
        }

        void add(SourceRecord record) {
            if (record == null) {
                return;
            }
            for (String name : record.names()) {
                Set<String> values = byColumn.computeIfAbsent(name, n -> new LinkedHashSet<>());
                if (values.size() < SAMPLES_PER_COLUMN) {
                    String v = record.text(name);
                    if (v != null) {
                        values.add(v.length() > MAX_SAMPLE_CHARS ? v.substring(0, MAX_SAMPLE_CHARS) + "…" : v);
                    }
                }
            }
        }

        List<ImportPreview.ColumnSample> result() {
            List<ImportPreview.ColumnSample> out = new ArrayList<>();
            byColumn.forEach((name, values) -> out.add(new ImportPreview.ColumnSample(name, List.copyOf(values))));
            return out;
        }
    }
}
