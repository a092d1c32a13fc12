package io.hydrascope.ui.analysis;

import io.hydrascope.model.InteractionTopic;
import io.hydrascope.store.ReadSession;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results source of a case that was never analysed (and of a build without the detection engine). */
public final class NoAnalysisResults implements AnalysisResultsSource {
    @Override
    public Optional<AnalysisRun> latestRun(ReadSession session) {
        return Optional.empty();
    }

    @Override
    public List<ClusterSummary> rankedClusters(ReadSession session, int limit) {
        return List.of();
    }

    @Override
    public List<String> clusterAccounts(ReadSession session, String clusterId) {
        return List.of();
    }

    @Override
    public Optional<AccountResult> account(ReadSession session, String accountId) {
        return Optional.empty();
    }

    @Override
    public TopicMix topicMix(ReadSession session) {
        return TopicMix.NONE;
    }

    @Override
    public Map<Long, InteractionTopic> interactionTopics(ReadSession session, Collection<Long> interactionIds) {
        return Map.of();
    }

    @Override
    public Optional<String> explainTopic(ReadSession session, long interactionId, String prompt) {
        return Optional.empty();
    }
}
