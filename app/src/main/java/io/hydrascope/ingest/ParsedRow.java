package io.hydrascope.ingest;

import io.hydrascope.model.AccountLabel;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.Interaction;

/** What one source record became after validation; handed from the parsing thread to the writer. */
sealed interface ParsedRow {
    long line();

    /**
     * @param requestKey the request id's key ({@code RequestKeys}), computed once on the parsing thread
     * @param suspect    its request id may already be in the case (see {@code BulkImportWriter#addSuspect})
     */
    record ValidInteraction(Interaction interaction, long requestKey, long line, int flags, boolean suspect)
            implements ParsedRow {
    }

    record ValidAccount(AccountProfile profile, long line) implements ParsedRow {
    }

    record ValidLabel(AccountLabel label, String population, long line) implements ParsedRow {
    }

    record Rejected(long line, String reason, String detail, String raw) implements ParsedRow {
    }

    record Skipped(long line) implements ParsedRow {
    }
}
