package io.hydrascope.cli;

import io.hydrascope.model.ClusterResult;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope topics}: topic breakdown of the case or a cluster, or one row per interaction. */
@Command(name = "topics", description = "Topic breakdown of the case or of one cluster; with --per-interaction one "
        + "row per interaction: request_id,topic,cot_elicitation,confidence,inherited (confidence: the model's, in the "
        + "interaction's own topic; inherited: the topic was taken from the conversation's first turn).")
final class TopicsCommand implements Callable<Integer> {
    enum Format { csv }

    @Mixin
    CaseOption caseOption;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only this cluster.")
    Long cluster;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default).")
    Format format;

    @Option(names = "--per-interaction", description = "One row per interaction.")
    boolean perInteraction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
            AnalysisQueries q = Results.require(session, caseOption);
            if (cluster != null && q.cluster(cluster).isEmpty()) {
                List<ClusterResult> all = q.clusters(false);
                long max = all.stream().mapToLong(ClusterResult::id).max().orElse(0);
                throw new IllegalArgumentException("no cluster " + cluster + " in " + caseOption.file
                        + (max == 0 ? " (the analysis found none)" : " (clusters are numbered 1 to " + max + ")"));
            }
            if (perInteraction) {
                try (CsvOut csv = new CsvOut(out, List.of("request_id", "topic", "cot_elicitation", "confidence",
                        "inherited"))) {
                    q.interactionTopics(cluster, (id, topic, cot, confidence, inherited) -> csv.row(id, topic, cot,
                            confidence == null ? "" : confidence, inherited));
                }
            } else {
                try (CsvOut csv = new CsvOut(out, List.of("topic", "interactions", "share", "cot_elicitation",
                        "cot_share"))) {
                    for (AnalysisQueries.TopicRow r : q.topics(cluster)) {
                        csv.row(r.topic(), r.interactions(), round(r.share()), r.chainOfThought(),
                                round(r.interactions() == 0 ? 0 : (double) r.chainOfThought() / r.interactions()));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
