package io.hydrascope.cli;

import io.hydrascope.analysis.AnalysisService;
import io.hydrascope.analysis.AnalysisSettings;
import io.hydrascope.model.AnalysisSummary;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.store.CaseStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope analyze}: finds linked-account networks and scores them; replaces earlier results. */
@Command(name = "analyze", aliases = "analyse", description = "Find networks of accounts that act as one, classify "
        + "prompt topics and score each network's risk with its evidence. Re-running replaces the results.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--settings", paramLabel = "FILE.json", description = "Analysis settings (see the README).")
    Path settingsFile;

    @Option(names = "--topic-model", paramLabel = "FILE", description = "A topic model written by 'train-topics' "
            + "instead of the built-in one (overrides topicModel of --settings); the case records which model it was.")
    Path topicModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisSettings settings = settingsFile == null ? AnalysisSettings.DEFAULTS
                : AnalysisSettings.load(settingsFile);
        if (topicModel != null) {
            settings = settings.withTopicModel(topicModel.toString());
        }
        CancellationToken cancel = new CancellationToken();
        Thread hook = new Thread(cancel::cancel, "hydrascope-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        StderrProgress progress = new StderrProgress(err);
        try (CaseStore store = CaseStore.open(caseOption.file)) {
            AnalysisSummary s = new AnalysisService().analyse(store, settings, progress, cancel);
            progress.finish();
            out.printf("analysed %,d interactions of %,d accounts in %.1f s%s%n", s.interactions(), s.accounts(),
                    s.seconds(), s.newModel() == null ? "" : " (new model: " + TerminalText.safe(s.newModel()) + ")");
            out.printf("topics by the %s model; %.1f%% of prompts with low confidence%n",
                    TerminalText.safe(s.topicModel()), 100 * s.lowConfidenceShare());
            out.printf("%,d clusters, %d flagged, %,d accounts flagged%n", s.clusters(), s.flaggedClusters(),
                    s.flaggedAccounts());
            for (ClusterResult c : s.flagged()) {
                out.printf("  cluster %d: risk %.2f, %,d accounts, %,d interactions: %s%n", c.id(), c.risk(),
                        c.accounts(), c.interactions(), TerminalText.safe(c.headline()));
            }
            return 0;
        } catch (CancelledException e) {
            progress.finish();
            err.println("hydrascope: analysis cancelled; the previous results are unchanged");
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // shutting down
            }
        }
    }
}
