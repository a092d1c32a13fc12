package io.hydrascope.ui.analysis;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;

/**
 * The analysis of a build without the detection engine: it brings the prompt search index up to date, the one
 * analysis step that exists, and says that detection is not available.
 */
public final class SearchIndexOnlyAnalysis implements AnalysisRunner {
    @Override
    public String run(CaseStore store, ProgressListener progress, CancellationToken cancel) {
        store.promptIndex().build(progress, cancel);
        return "search index up to date; detection is not available in this build";
    }
}
