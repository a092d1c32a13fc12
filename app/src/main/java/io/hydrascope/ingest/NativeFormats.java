package io.hydrascope.ingest;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.DataKind;
import io.hydrascope.model.Interaction;
import java.util.List;
import java.util.Set;

/** Hydrascope's own file formats, the contract other tools write to (see the README). */
public final class NativeFormats {
    public static final SourceFormat INTERACTIONS = new SourceFormat("native interactions", DataKind.INTERACTIONS,
            Interaction.NATIVE_COLUMNS, Set.of("request_id", "timestamp", "account_id"), false);
    public static final SourceFormat ACCOUNTS = new SourceFormat("native accounts", DataKind.ACCOUNTS,
            AccountProfile.NATIVE_COLUMNS, Set.of("account_id"), false);
    public static final SourceFormat LABELS = new SourceFormat("native labels", DataKind.LABELS,
            List.of("account_id", "campaign", "population"), Set.of("account_id", "campaign"), false);

    private NativeFormats() {
    }
}
