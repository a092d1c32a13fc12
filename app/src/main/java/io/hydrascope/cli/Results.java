package io.hydrascope.cli;

import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.ReadSession;

/** Shared check of the result commands: the case must have been analysed. */
final class Results {
    private Results() {
    }

    static AnalysisQueries require(ReadSession session, CaseOption caseOption) {
        AnalysisQueries q = new AnalysisQueries(session);
        if (!q.hasResults()) {
            throw new IllegalStateException(caseOption.file + ": no analysis results yet; run 'hydrascope analyze "
                    + "--case " + caseOption.file + "' first");
        }
        return q;
    }
}
