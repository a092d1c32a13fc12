package io.hydrascope.ui.analysis;

import io.hydrascope.analysis.topics.TopicExplainer;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.NetworkName;
import io.hydrascope.model.ClusterSignal;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.ReadSession;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The detection results stored in the case, read for the views. Stateless; reader threads only. */
public final class StoredAnalysisResults implements AnalysisResultsSource {
    private static final int HEADLINE_SIGNALS = 4;
    private final TopicExplainer explainer = new TopicExplainer();

    @Override
    public Optional<String> explainTopic(ReadSession session, long interactionId, String prompt) {
        return explainer.explain(session, interactionId, prompt);
    }

    @Override
    public Optional<AnalysisRun> latestRun(ReadSession session) {
        AnalysisQueries q = new AnalysisQueries(session);
        String[] run = q.latestRun();
        if (run == null) {
            return Optional.empty();
        }
        List<ClusterResult> flagged = q.clusters(true);
        long accounts = flagged.stream().mapToLong(ClusterResult::accounts).sum();
        return Optional.of(new AnalysisRun(run[0], Instant.parse(run[1]), String.format(Locale.ROOT,
                "%d flagged networks, %,d accounts in them", flagged.size(), accounts)));
    }

    @Override
    public List<ClusterSummary> rankedClusters(ReadSession session, int limit) {
        return new AnalysisQueries(session).clusters(false).stream().limit(limit).map(c -> new ClusterSummary(
                Long.toString(c.id()), NetworkName.of(c.id()), c.accounts(), c.interactions(), c.risk(), c.flagged(),
                headline(c), c.topicShares())).toList();
    }

    /**
     * The strongest signals; a network flagged on content alone says so first, so the weaker footing is seen before
     * the numbers.
     */
    private static List<SignalSummary> headline(ClusterResult c) {
        List<SignalSummary> out = new java.util.ArrayList<>();
        if (c.evidence() == ClusterResult.Evidence.CONTENT_ONLY) {
            out.add(new SignalSummary("content-only evidence", "no shared infrastructure, payment, sign-up or "
                    + "timing: linked only by what the accounts ask", "", 0));
        }
        c.signals().stream().filter(s -> s.contribution() > 0).limit(HEADLINE_SIGNALS - out.size())
                .map(StoredAnalysisResults::summary).forEach(out::add);
        return out;
    }

    @Override
    public List<String> clusterAccounts(ReadSession session, String clusterId) {
        return new AnalysisQueries(session).clusterAccountIds(Long.parseLong(clusterId));
    }

    @Override
    public Optional<AccountResult> account(ReadSession session, String accountId) {
        io.hydrascope.model.AccountResult r = new AnalysisQueries(session).account(accountId);
        if (r == null) {
            return Optional.empty();
        }
        List<SignalSummary> signals = r.signals().entrySet().stream().map(e -> new SignalSummary(
                e.getKey().replace('_', ' '), format(e.getKey(), e.getValue()), "", 0)).toList();
        return Optional.of(new AccountResult(r.accountId(), Long.toString(r.clusterId()), r.risk(), r.flagged(),
                r.topTopic(), signals));
    }

    @Override
    public TopicMix topicMix(ReadSession session) {
        List<Map<String, Long>> counts = new AnalysisQueries(session).topicCountsFlaggedAndRest();
        return new TopicMix(shares(counts.get(0)), shares(counts.get(1)));
    }

    @Override
    public Map<Long, InteractionTopic> interactionTopics(ReadSession session, Collection<Long> interactionIds) {
        return new AnalysisQueries(session).interactionTopics(interactionIds);
    }

    private static SignalSummary summary(ClusterSignal s) {
        return new SignalSummary(s.signal().replace('_', ' '), s.description(),
                s.baseline() == null ? "" : String.format(Locale.ROOT, "%.0f%% elsewhere", 100 * s.baseline()),
                Math.min(1, Math.abs(s.contribution())));
    }

    private static String format(String key, double value) {
        return key.equals("distinct_ips") ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.0f%%", 100 * value);
    }

    private static Map<String, Double> shares(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, total == 0 ? 0 : (double) v / total));
        return out;
    }
}
