package io.hydrascope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ClusterSignal;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope clusters}: per-cluster results with topic shares and signals. */
@Command(name = "clusters", description = "Per-cluster results: accounts, interactions, risk, verdict, topic shares "
        + "and every signal with its number and baseline.")
final class ClustersCommand implements Callable<Integer> {
    enum Format { json, csv }

    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv.")
    Format format;

    @Option(names = "--flagged", description = "Only flagged clusters.")
    boolean flagged;

    @Option(names = "--min-accounts", defaultValue = "2", paramLabel = "N", description = "Only clusters of at "
            + "least N accounts (default ${DEFAULT-VALUE}; 1 lists single accounts too).")
    int minAccounts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
            List<ClusterResult> clusters = Results.require(session, caseOption).clusters(flagged).stream()
                    .filter(c -> c.accounts() >= minAccounts).toList();
            if (format == Format.json) {
                out.println(json(clusters));
            } else {
                csv(out, clusters);
            }
        }
        out.flush();
        return 0;
    }

    private static String json(List<ClusterResult> clusters) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = mapper.createArrayNode();
        for (ClusterResult c : clusters) {
            ObjectNode n = root.addObject();
            n.put("id", c.id());
            n.put("label", c.label());
            n.put("accounts", c.accounts());
            n.put("interactions", c.interactions());
            n.put("risk", c.risk());
            n.put("flagged", c.flagged());
            n.put("evidence", evidence(c));
            n.put("headline", c.headline());
            ObjectNode topics = n.putObject("topic_shares");
            c.topicShares().forEach(topics::put);
            ArrayNode signals = n.putArray("signals");
            for (ClusterSignal s : c.signals()) {
                ObjectNode sn = signals.addObject();
                sn.put("signal", s.signal());
                sn.put("value", s.value());
                if (s.baseline() == null) {
                    sn.putNull("baseline");
                } else {
                    sn.put("baseline", s.baseline());
                }
                sn.put("contribution", s.contribution());
                sn.put("description", s.description());
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** {@code infrastructure}, {@code content-only}, or empty when not flagged. */
    private static String evidence(ClusterResult c) {
        return switch (c.evidence()) {
            case INFRASTRUCTURE -> "infrastructure";
            case CONTENT_ONLY -> "content-only";
            case NONE -> "";
        };
    }

    private static void csv(PrintWriter out, List<ClusterResult> clusters) {
        try (CsvOut csv = new CsvOut(out, List.of("cluster_id", "accounts", "interactions", "risk", "flagged",
                "topic_shares", "signals", "headline", "evidence"))) {
            for (ClusterResult c : clusters) {
                String topics = c.topicShares().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";"));
                String signals = c.signals().stream().map(s -> s.signal() + "=" + s.value()
                        + (s.baseline() == null ? "" : "(baseline " + s.baseline() + ")"))
                        .collect(Collectors.joining(";"));
                csv.row(c.id(), c.accounts(), c.interactions(), c.risk(), c.flagged(), topics, signals, c.headline(),
                        evidence(c));
            }
        }
    }
}
