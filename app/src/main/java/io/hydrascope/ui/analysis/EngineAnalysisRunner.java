package io.hydrascope.ui.analysis;

import io.hydrascope.analysis.AnalysisService;
import io.hydrascope.analysis.AnalysisSettings;
import io.hydrascope.model.AnalysisSummary;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.util.Locale;

/** Runs the detection engine (the same service as 'hydrascope analyze'), then catches up the search index. */
public final class EngineAnalysisRunner implements AnalysisRunner {
    private final AnalysisService service = new AnalysisService();

    @Override
    public String run(CaseStore store, ProgressListener progress, CancellationToken cancel) {
        AnalysisSummary s = service.analyse(store, AnalysisSettings.DEFAULTS, progress, cancel);
        store.promptIndex().build(progress, cancel);
        return String.format(Locale.ROOT, "%,d networks, %d flagged, %,d accounts flagged (%.1f s)", s.clusters(),
                s.flaggedClusters(), s.flaggedAccounts(), s.seconds());
    }
}
