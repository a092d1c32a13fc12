package io.hydrascope.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Hydrascope's own interactions, accounts and labels files (CSV, JSON Lines, or JSON objects): each column goes to
 * the canonical field of the same (tolerantly matched) name, its text kept exactly as written.
 */
public final class NativeImporter implements FormatImporter {
    public static final NativeImporter INTERACTIONS = new NativeImporter(NativeFormats.INTERACTIONS);
    public static final NativeImporter LABELS = new NativeImporter(NativeFormats.LABELS);
    public static final NativeImporter ACCOUNTS = new NativeImporter(NativeFormats.ACCOUNTS);
    /** In the order they are tried. */
    public static final List<FormatImporter> ALL = List.of(INTERACTIONS, LABELS, ACCOUNTS);

    private final SourceFormat format;

    private NativeImporter(SourceFormat format) {
        this.format = format;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public Set<String> unavailable() {
        return Set.of();
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return FormatDetector.detect(shape.columns()).filter(format::equals).isPresent();
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        List<String> fields = format.fields();
        return new RowMapper() {
            /** The header the positions were looked up for (CSV: the same list for every row). */
            private List<String> names;
            private final int[] columns = new int[fields.size()];

            @Override
            public String fill(SourceRecord record, String[] slots, ImportNotes notes) {
                if (!record.positional()) {
                    for (int i = 0; i < slots.length; i++) {
                        slots[i] = record.value(fields.get(i));
                    }
                    return null;
                }
                if (record.names() != names) {
                    names = record.names();
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = record.columnOf(fields.get(i));
                    }
                }
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = record.valueAt(columns[i]);
                }
                return null;
            }
        };
    }
}
