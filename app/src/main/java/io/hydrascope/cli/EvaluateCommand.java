package io.hydrascope.cli;

import io.hydrascope.analysis.Evaluation;
import io.hydrascope.analysis.topics.Topic;
import io.hydrascope.analysis.topics.TopicEvaluation;
import io.hydrascope.analysis.topics.TrainingFiles;
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
        + "overall, and false positives by population, against a labels file (or the labels imported into the case). "
        + "With --topics: accuracy, per-topic precision and recall and the confusion matrix of the stored topics "
        + "against labelled interactions.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--labels", paramLabel = "labels.csv", description = "account_id,campaign[,population].")
    Path labelsFile;

    @Option(names = "--topics", paramLabel = "LABELS.csv", description = "request_id,topic[,cot]: evaluate the "
            + "stored topics (and chain-of-thought flags where cot is given) instead of the flagged accounts.")
    Path topicLabels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (topicLabels != null) {
            evaluateTopics(out);
            if (labelsFile == null) {
                return 0;
            }
            out.println();
        }
        Map<String, Long> flagged = new HashMap<>();
        Map<String, String[]> labels;
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
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
        r.benignByPopulation().forEach((p, v) -> out.printf("  %-26s %d / %d%n", TerminalText.safe(p), v[0], v[1]));
        if (r.unlabelledFlagged() > 0) {
            out.printf("flagged accounts without a label: %d%n", r.unlabelledFlagged());
        }
        out.println();
        out.println("networks (flagged accounts by label; purity = share of the most common label):");
        r.networks().forEach((cluster, byLabel) -> out.printf("  network %-6d purity %.3f  %s%n", cluster,
                Evaluation.Report.purity(byLabel), byLabel.entrySet().stream().map(e -> TerminalText.safe(e.getKey())
                        + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
        Map<String, java.util.Set<Long>> spread = new java.util.TreeMap<>();
        r.networks().forEach((cluster, byLabel) -> byLabel.keySet().forEach(label -> spread.computeIfAbsent(label,
                k -> new java.util.TreeSet<>()).add(cluster)));
        spread.forEach((label, clusters) -> {
            if (clusters.size() > 1 && !label.equals("benign") && !label.equals("unlabelled")) {
                out.printf("  %s is spread over %d networks: %s%n", TerminalText.safe(label), clusters.size(),
                        clusters);
            }
        });
        return 0;
    }

    private void evaluateTopics(PrintWriter out) {
        Map<String, Map.Entry<Integer, Map<String, String>>> labels = new HashMap<>();
        for (var row : TrainingFiles.csvRows(topicLabels, "request_id", "topic")) {
            labels.put(row.getValue().get("request_id"), row);
        }
        TopicEvaluation evaluation = new TopicEvaluation();
        int[] unmatched = {0};
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
            AnalysisQueries q = Results.require(session, caseOption);
            q.interactionTopics(null, (id, topic, cot, confidence, inherited) -> {
                var row = labels.remove(id);
                if (row != null) {
                    Map<String, String> r = row.getValue();
                    evaluation.add(TrainingFiles.topic(r.get("topic"), topicLabels, row.getKey()), Topic.of(topic),
                            TrainingFiles.flag(r.get("cot"), topicLabels, row.getKey()), cot);
                }
            });
        }
        if (evaluation.total() == 0) {
            throw new IllegalStateException(topicLabels + ": none of its " + labels.size()
                    + " request ids is in the case");
        }
        out.printf("topics of %s against %s%n", TerminalText.safe(caseOption.file.getFileName()),
                TerminalText.safe(topicLabels.getFileName()));
        out.print(evaluation.format());
        if (!labels.isEmpty()) {
            out.printf("%nlabelled request ids not in the case: %,d%n", labels.size());
        }
    }

    private static void line(PrintWriter out, String name, Evaluation.Score s) {
        out.printf("%-28s %9.3f %9.3f %9.3f %6d %6d %6d%n", TerminalText.safe(name), s.precision(), s.recall(),
                s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
