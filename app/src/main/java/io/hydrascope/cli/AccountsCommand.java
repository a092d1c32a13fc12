package io.hydrascope.cli;

import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope accounts}: per-account results of the last analysis. */
@Command(name = "accounts", description = "Per-account results: cluster, risk, verdict, top topic, volume.")
final class AccountsCommand implements Callable<Integer> {
    enum Format { csv }

    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default).")
    Format format;

    @Option(names = "--flagged", description = "Only flagged accounts.")
    boolean flagged;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only accounts of this cluster.")
    Long cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
            AnalysisQueries q = Results.require(session, caseOption);
            try (CsvOut csv = new CsvOut(out, java.util.List.of("account_id", "cluster_id", "risk", "flagged",
                    "top_topic", "interactions", "affinity", "single_turn", "chain_of_thought", "minute_boundary",
                    "shared_templates", "distinct_ips"))) {
                q.accounts(flagged, cluster, a -> csv.row(a.accountId(), a.clusterId(), a.risk(), a.flagged(),
                        a.topTopic(), a.interactions(), a.signals().get("affinity"), a.signals().get("single_turn"),
                        a.signals().get("chain_of_thought"), a.signals().get("minute_boundary"),
                        a.signals().get("shared_templates"), a.signals().get("distinct_ips").longValue()));
            }
        }
        out.flush();
        return 0;
    }
}
