package io.hydrascope.ui.analysis;

import io.hydrascope.model.InteractionTopic;
import io.hydrascope.store.ReadSession;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Analysis results set by a test, standing in for the detection engine's. */
public final class FakeAnalysisResults implements AnalysisResultsSource {
    public AnalysisRun run;
    public List<ClusterSummary> clusters = List.of();
    public Map<String, List<String>> clusterAccounts = new HashMap<>();
    public Map<String, AccountResult> accounts = new HashMap<>();
    public TopicMix mix = TopicMix.NONE;
    public InteractionTopic everyInteraction;

    @Override
    public Optional<AnalysisRun> latestRun(ReadSession session) {
        return Optional.ofNullable(run);
    }

    @Override
    public List<ClusterSummary> rankedClusters(ReadSession session, int limit) {
        return clusters;
    }

    @Override
    public List<String> clusterAccounts(ReadSession session, String clusterId) {
        return clusterAccounts.getOrDefault(clusterId, List.of());
    }

    @Override
    public Optional<AccountResult> account(ReadSession session, String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public TopicMix topicMix(ReadSession session) {
        return mix;
    }

    @Override
    public Map<Long, InteractionTopic> interactionTopics(ReadSession session, Collection<Long> interactionIds) {
        Map<Long, InteractionTopic> out = new HashMap<>();
        if (everyInteraction != null) {
            interactionIds.forEach(id -> out.put(id, everyInteraction));
        }
        return out;
    }

    @Override
    public Optional<String> explainTopic(ReadSession session, long interactionId, String prompt) {
        return Optional.empty();
    }
}
