package io.hydrascope.ingest.formats;

import io.hydrascope.ingest.FormatImporter;
import io.hydrascope.ingest.ImportNotes;
import io.hydrascope.ingest.InteractionFields;
import io.hydrascope.ingest.SourceFormat;
import io.hydrascope.ingest.TimestampFormat;
import io.hydrascope.model.DataKind;
import java.util.Set;

/** What the importers of third-party interaction exports share: the canonical format and the unattributed rule. */
abstract class InteractionImporter implements FormatImporter {
    private final SourceFormat format;
    private final Set<String> unavailable;

    InteractionImporter(String name, TimestampFormat timestamps, Set<String> unavailable) {
        this.format = new SourceFormat(name, DataKind.INTERACTIONS, InteractionFields.NAMES,
                Set.of("request_id", "timestamp", "account_id"), timestamps);
        this.unavailable = Set.copyOf(unavailable);
    }

    @Override
    public final SourceFormat format() {
        return format;
    }

    @Override
    public final Set<String> unavailable() {
        return unavailable;
    }

    /**
     * The account, or a per-format placeholder ({@code litellm:unattributed}) with a note when the source logged no
     * identity: such traffic stays visible instead of being quarantined, and never merges with another format's.
     */
    static String accountOrPlaceholder(String account, String prefix, String searched, ImportNotes notes) {
        if (account != null && !account.isBlank()) {
            return account.strip();
        }
        String placeholder = prefix + ":unattributed";
        notes.add("no account (" + searched + " empty): imported as account '" + placeholder + "'");
        return placeholder;
    }

    static String number(Long n) {
        return n == null ? null : Long.toString(n);
    }
}
