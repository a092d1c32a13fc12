package io.hydrascope.analysis;

import io.hydrascope.model.AccountResult;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ClusterSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the account/key graph, finds communities with Leiden, scores each community and derives per-account
 * verdicts. Accounts are linked through the keys they share (a bipartite graph), so shared infrastructure stays
 * visible as nodes and no pass is quadratic in the number of accounts.
 */
final class ClusterAssembler {
    private final CaseScan scan;
    private final AnalysisSettings settings;
    private final List<LinkKeyDraft> keys;
    final List<ClusterResult> clusters = new ArrayList<>();
    final List<AccountResult> accounts = new ArrayList<>();
    Baselines baselines;
    int[] keyCluster;

    private final Map<Integer, KeyMembers> sharedFamilies;

    ClusterAssembler(CaseScan scan, AnalysisSettings settings, List<LinkKeyDraft> keys,
                     Map<Integer, KeyMembers> sharedFamilies) {
        this.sharedFamilies = sharedFamilies;
        this.scan = scan;
        this.settings = settings;
        this.keys = keys;
    }

    void run() {
        int nAccounts = scan.accounts.size();
        int[] community = detect(nAccounts);
        Map<Integer, List<AccountStats>> groups = new HashMap<>();
        for (AccountStats a : scan.accounts) {
            if (a.interactions > 0) {
                groups.computeIfAbsent(community[a.index], c -> new ArrayList<>()).add(a);
            }
        }
        List<List<AccountStats>> ordered = new ArrayList<>(groups.values());
        for (int i = 0; i < ordered.size(); i++) {
            for (AccountStats a : ordered.get(i)) {
                a.clusterIndex = i;
            }
        }
        countClusterTemplates();
        countBurstNeighbours(ordered);
        keyCluster = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            keyCluster[k] = majorityCluster(keys.get(k));
        }
        Map<Integer, ClusterEvidence> evidence = ClusterEvidence.collect(keys, scan.accounts);
        countClusterPayload(evidence);
        int general = scan.topicIndex(io.hydrascope.analysis.topics.Topic.GENERAL);
        baselines = Baselines.of(scan.accounts, general);
        RiskModel model = new RiskModel(baselines, settings, general);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ClusterEvidence ev = evidence.getOrDefault(i, new ClusterEvidence());
            scored.add(new Scored(i, ordered.get(i), ev, model.assess(ordered.get(i), ev)));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.verdict.risk())
                .thenComparingInt(s -> -s.members.size())
                .thenComparingLong(s -> s.members.get(0).info.ref()));
        Map<Integer, Long> idByIndex = new HashMap<>();
        for (int rank = 0; rank < scored.size(); rank++) {
            idByIndex.put(scored.get(rank).index, (long) rank + 1);
        }
        for (Scored s : scored) {
            long id = idByIndex.get(s.index);
            boolean flagged = s.verdict.risk() >= settings.flagThreshold()
                    && s.members.size() >= settings.minFlaggedAccounts();
            clusters.add(toResult(id, s, flagged));
            for (AccountStats a : s.members) {
                accounts.add(accountResult(a, id, s, flagged, model));
            }
        }
        keyClusterIds(idByIndex);
    }

    /**
     * Counts, per account, prompts from template families concentrated in its own cluster (at least two members
     * and at least half of the family's accounts). A prompt that is popular across unrelated accounts is not
     * evidence that this group works from one script.
     */
    private void countClusterTemplates() {
        for (KeyMembers family : sharedFamilies.values()) {
            Map<Integer, Integer> perCluster = new HashMap<>();
            for (int i = 0; i < family.size; i++) {
                perCluster.merge(scan.accounts.get(family.accounts[i]).clusterIndex, 1, Integer::sum);
            }
            for (int i = 0; i < family.size; i++) {
                AccountStats a = scan.accounts.get(family.accounts[i]);
                int inCluster = perCluster.get(a.clusterIndex);
                if (inCluster >= 2 && 2 * inCluster >= family.size) {
                    a.clusterTemplated += family.uses[i];
                }
            }
        }
    }

    /**
     * Counts, per account, prompts it sent word for word as another member of its own cluster did, and per cluster
     * how many distinct texts its members share (a task space covered by many filled requests, not one viral prompt).
     */
    private void countClusterPayload(Map<Integer, ClusterEvidence> byCluster) {
        for (KeyMembers text : scan.sharedTexts.shared.values()) {
            Map<Integer, Integer> perCluster = new HashMap<>();
            for (int i = 0; i < text.size; i++) {
                AccountStats a = scan.accounts.get(text.accounts[i]);
                if (a.clusterIndex >= 0) {
                    perCluster.merge(a.clusterIndex, 1, Integer::sum);
                }
            }
            // a text most of whose senders are elsewhere is common language, not this group's task bank
            Map<Integer, Long> usesPerCluster = new HashMap<>();
            for (int i = 0; i < text.size; i++) {
                AccountStats a = scan.accounts.get(text.accounts[i]);
                Integer inCluster = perCluster.get(a.clusterIndex);
                if (a.clusterIndex >= 0 && inCluster >= 2 && 2 * inCluster >= text.size) {
                    a.clusterPayload += text.uses[i];
                    usesPerCluster.merge(a.clusterIndex, text.uses[i], Long::sum);
                }
            }
            usesPerCluster.forEach((cluster, uses) -> {
                ClusterEvidence ev = byCluster.computeIfAbsent(cluster, c -> new ClusterEvidence());
                ev.sharedTexts++;
                ev.sharedTextUses += uses;
                ev.sharedTextUsesSquared += (double) uses * uses;
            });
        }
    }

    private static void countBurstNeighbours(List<List<AccountStats>> clusters) {
        long hour = CaseScan.MICROS_PER_HOUR;
        for (List<AccountStats> members : clusters) {
            long[] created = members.stream().filter(a -> a.info.createdAtMicros() != null)
                    .mapToLong(a -> a.info.createdAtMicros()).sorted().toArray();
            for (AccountStats a : members) {
                Long c = a.info.createdAtMicros();
                if (c != null && created.length > 1) {
                    int from = lowerBound(created, c - hour);
                    int to = lowerBound(created, c + hour + 1);
                    a.burstNeighbours = to - from - 1;
                }
            }
        }
    }

    private static int lowerBound(long[] sorted, long value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    private void keyClusterIds(Map<Integer, Long> idByIndex) {
        for (int k = 0; k < keyCluster.length; k++) {
            Long id = idByIndex.get(keyCluster[k]);
            keyCluster[k] = id == null ? 0 : id.intValue();
        }
    }

    private int[] detect(int nAccounts) {
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            LinkKeyDraft key = keys.get(k);
            for (int i = 0; i < key.accounts().length; i++) {
                edges.add(new int[] {key.accounts()[i], nAccounts + k});
                weights.add(key.weight() * Math.min(1.0, 0.5 + 0.1 * key.uses()[i]));
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] w = new double[edges.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = edges.get(i)[0];
            to[i] = edges.get(i)[1];
            w[i] = weights.get(i);
        }
        return new CommunityDetector(settings.resolution(), settings.seed()).detect(nAccounts + keys.size(), from,
                to, w);
    }

    private int majorityCluster(LinkKeyDraft key) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int a : key.accounts()) {
            counts.merge(scan.accounts.get(a).clusterIndex, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(-1);
    }

    private ClusterResult toResult(long id, Scored s, boolean flagged) {
        long n = s.members.stream().mapToLong(a -> a.interactions).sum();
        long[] topics = new long[scan.topicIds.size()];
        for (AccountStats a : s.members) {
            for (int t = 0; t < Math.min(topics.length, a.topics.length); t++) {
                topics[t] += a.topics[t];
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        scan.topicCounts(topics).forEach((t, c) -> shares.put(t, Math.round(10_000.0 * c / n) / 10_000.0));
        long first = s.members.stream().mapToLong(a -> a.first).min().orElse(0);
        long last = s.members.stream().mapToLong(a -> a.last).max().orElse(0);
        String headline = s.verdict.signals().stream().filter(sig -> sig.contribution() > 0.05).limit(3)
                .map(ClusterSignal::description).collect(Collectors.joining("; "));
        String label = (flagged ? "Network " : "Group ") + id;
        return new ClusterResult(id, label, s.members.size(), n, s.verdict.risk(), flagged, first, last, shares,
                headline.isEmpty() ? "no strong signal" : headline, s.verdict.signals());
    }

    private AccountResult accountResult(AccountStats a, long clusterId, Scored s, boolean clusterFlagged,
                                        RiskModel model) {
        double affinity = model.affinity(a, s.evidence);
        double risk = Math.round(10_000 * s.verdict.risk() * Math.max(affinity, 0.05)) / 10_000.0;
        boolean flagged = clusterFlagged && affinity >= settings.accountAffinityThreshold();
        int top = 0;
        for (int t = 1; t < a.topics.length; t++) {
            if (a.topics[t] > a.topics[top]) {
                top = t;
            }
        }
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put("affinity", round(affinity));
        signals.put("single_turn", round(1 - a.share(a.followUps)));
        signals.put("chain_of_thought", round(a.share(a.chainOfThought)));
        signals.put("minute_boundary", round(a.share(a.minuteBoundary)));
        signals.put("shared_templates", round(a.share(a.clusterTemplated)));
        signals.put("shared_payload", round(a.share(a.clusterPayload)));
        signals.put("quiet_hours_share", round(a.quietWindowShare()));
        signals.put("distinct_ips", (double) a.distinctIps);
        return new AccountResult(a.info.ref(), a.info.accountId(), clusterId, risk, flagged,
                scan.topicIds.get(top).id(), a.interactions, signals);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private record Scored(int index, List<AccountStats> members, ClusterEvidence evidence, RiskModel.Verdict verdict) {
    }
}
