package io.hydrascope.report;

import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.model.ClusterResult;
import java.util.List;

/**
 * Everything a report says about one cluster in scope. When only some of its accounts were chosen
 * ({@code partial}), the cluster's verdict and signals are the cluster's, and everything else covers only the
 * chosen accounts.
 *
 * @param accountsInScope accounts this section covers; {@code accounts} lists at most the report's limit of them
 * @param graph the cluster picture, or {@link ClusterGraph#EMPTY} when the format needs none
 */
public record ClusterSection(ClusterResult cluster, boolean partial, int accountsInScope, long interactionsInScope,
                             List<AccountRow> accounts, Infrastructure infrastructure, Timeline timeline,
                             List<TopicShare> topics, ClusterGraph graph, List<TemplateFamilyRow> families,
                             List<Evidence> samples, List<AnnotationLine> annotations, List<Indicator> indicators) {

    public String anchor() {
        return "cluster-" + cluster.id();
    }
}
