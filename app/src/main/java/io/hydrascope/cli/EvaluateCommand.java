package io.hydrascope.cli;

import io.hydrascope.analysis.Evaluation;
import io.hydrascope.ingest.LabelFile;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope evaluate}: flagged accounts against ground-truth labels. */
@Command(name = "evaluate", description = "Precision, recall and F1 of the flagged accounts per campaign and "
        + "overall, and false positives by population, against a labels file (or the labels imported into the case).")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--labels", paramLabel = "labels.csv", description = "account_id,campaign[,population].")
    Path labelsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> flagged = new HashMap<>();
        Map<String, String[]> labels;
        try (CaseStore store = CaseStore.open(caseOption.file); ReadSession session = store.newReader()) {
            AnalysisQueries q = Results.require(session, caseOption);
            q.accounts(true, null, a -> flagged.put(a.accountId(), a.clusterId()));
            labels = labelsFile == null ? q.labels() : LabelFile.read(labelsFile);
        }
        if (labels.isEmpty()) {
            throw new IllegalStateException("no labels: pass --labels labels.csv or import a labels file");
        }
        Evaluation.Report r = Evaluation.evaluate(labels, flagged);
        out.printf("%-28s %9s %9s %9s %6s %6s %6s%n", "campaign", "precision", "recall", "f1", "tp", "fp", "fn");
        r.perCampaign().forEach((c, s) -> line(out, c, s));
        line(out, "overall", r.overall());
        out.println();
        out.println("false positives by population (flagged / accounts):");
        r.benignByPopulation().forEach((p, v) -> out.printf("  %-26s %d / %d%n", p, v[0], v[1]));
        if (r.unlabelledFlagged() > 0) {
            out.printf("flagged accounts without a label: %d%n", r.unlabelledFlagged());
        }
        return 0;
    }

    private static void line(PrintWriter out, String name, Evaluation.Score s) {
        out.printf("%-28s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
