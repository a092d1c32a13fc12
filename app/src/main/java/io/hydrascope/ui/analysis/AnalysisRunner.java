package io.hydrascope.ui.analysis;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;

/**
 * Runs an analysis of the open case on the database-writer thread, reporting progress and stopping when
 * cancelled (by throwing {@link io.hydrascope.model.CancelledException}). Returns a one-line outcome for the
 * status area, e.g. "24 clusters, 3 flagged".
 */
@FunctionalInterface
public interface AnalysisRunner {
    String run(CaseStore store, ProgressListener progress, CancellationToken cancel);
}
