package io.hydrascope.ui.analysis;

import io.hydrascope.model.InteractionTopic;
import io.hydrascope.store.ReadSession;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the views read detection results: the latest analysis run's clusters, per-account results and
 * per-interaction topics. Called on reader threads with that thread's {@link ReadSession}; implementations are
 * stateless and never touch JavaFX. Until a run exists every method returns empty results and the views say
 * "No analysis yet — run Analyse".
 */
public interface AnalysisResultsSource {
    Optional<AnalysisRun> latestRun(ReadSession session);

    /** Clusters of the latest run, highest risk first (flagged ones before the rest at equal risk). */
    List<ClusterSummary> rankedClusters(ReadSession session, int limit);

    /** The accounts of one cluster, in the order their lanes should be drawn (e.g. by creation time). */
    List<String> clusterAccounts(ReadSession session, String clusterId);

    Optional<AccountResult> account(ReadSession session, String accountId);

    TopicMix topicMix(ReadSession session);

    /** Topics of the given interactions; ids without a result are left out. */
    Map<Long, InteractionTopic> interactionTopics(ReadSession session, Collection<Long> interactionIds);

    /**
     * Why an interaction got its topic and chain-of-thought flag, in one line ({@code Topic coding 0.93: `implement`,
     * code block}), or empty when the case has no topic for it.
     */
    Optional<String> explainTopic(ReadSession session, long interactionId, String prompt);
}
