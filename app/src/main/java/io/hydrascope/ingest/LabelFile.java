package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a labels file (account_id, campaign[, population]) for evaluation without importing it. Uses the same
 * readers and tolerant column matching as imports; rows without an account id are skipped.
 */
public final class LabelFile {
    private LabelFile() {
    }

    /** Account id to {campaign or "benign", population or null}. */
    public static Map<String, String[]> read(Path file) {
        Map<String, String[]> out = new LinkedHashMap<>();
        try {
            SourceFiles.Source source = SourceFiles.open(file, null, List.of(NativeImporter.LABELS), ImportOptions.DEFAULT);
            if (source.format() != NativeFormats.LABELS) {
                source.close();
                throw new ImportException(file, 1, "not a labels file (expected columns account_id, campaign)");
            }
            try {
                RecordReader reader = source.reader();
                while (reader.next()) {
                    String[] s = reader.slots();
                    if (reader.problem() != null || s[0] == null) {
                        continue;
                    }
                    String campaign = s[1] == null || s[1].isBlank() ? "benign" : s[1].strip();
                    out.put(s[0].strip(), new String[] {campaign, s[2]});
                }
            } finally {
                source.close();
            }
            return out;
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
