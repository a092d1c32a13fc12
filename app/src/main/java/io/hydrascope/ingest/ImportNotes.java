package io.hydrascope.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Things an import should tell the analyst that are not row errors, counted: "record had no account: imported as
 * 'litellm:unattributed'". Owned by the parsing thread; read once the file has been read to its end.
 */
public final class ImportNotes {
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** Counts one occurrence of the note. */
    public void add(String note) {
        counts.merge(note, 1L, Long::sum);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Each note with how many records it concerned, in the order first seen. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        counts.forEach((note, n) -> out.add(n + (n == 1 ? " record: " : " records: ") + note));
        return out;
    }
}
