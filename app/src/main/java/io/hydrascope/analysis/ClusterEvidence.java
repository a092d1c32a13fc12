package io.hydrascope.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For one cluster: which members share a link key of each kind with another member, and how many such keys there
 * are ("38 accounts share 5 payment fingerprints").
 */
final class ClusterEvidence {
    final Map<String, Set<Integer>> sharingMembers = new HashMap<>();
    final Map<String, Integer> sharedKeys = new HashMap<>();
    long ipMemberships;
    int sharedIps;
    /** Distinct prompts sent word for word by at least two members. */
    int sharedTexts;
    /** Sends of those prompts by members, and the sum of squared sends per prompt (for the effective count). */
    long sharedTextUses;
    double sharedTextUsesSquared;

    /**
     * How many distinct texts the members' shared sends amount to, each weighted by its use (the inverse Simpson
     * index): a bank of 500 requests sent evenly counts 500, one viral prompt sent 10,000 times beside 50 rare ones
     * counts about one. It depends on the task space, not on how many accounts or how much traffic sample it.
     */
    double effectiveSharedTexts() {
        return sharedTextUsesSquared <= 0 ? 0 : (double) sharedTextUses * sharedTextUses / sharedTextUsesSquared;
    }

    static Map<Integer, ClusterEvidence> collect(List<LinkKeyDraft> keys, List<AccountStats> accounts) {
        Map<Integer, ClusterEvidence> byCluster = new HashMap<>();
        for (LinkKeyDraft key : keys) {
            Map<Integer, Set<Integer>> perCluster = new HashMap<>();
            for (int account : key.accounts()) {
                perCluster.computeIfAbsent(accounts.get(account).clusterIndex, c -> new HashSet<>()).add(account);
            }
            for (Map.Entry<Integer, Set<Integer>> e : perCluster.entrySet()) {
                ClusterEvidence ev = byCluster.computeIfAbsent(e.getKey(), c -> new ClusterEvidence());
                if (key.kind().equals("ip")) {
                    ev.ipMemberships += e.getValue().size();
                    if (e.getValue().size() >= 2) {
                        ev.sharedIps++;
                    }
                }
                if (e.getValue().size() >= 2) {
                    ev.sharingMembers.computeIfAbsent(key.kind(), k -> new HashSet<>()).addAll(e.getValue());
                    ev.sharedKeys.merge(key.kind(), 1, Integer::sum);
                }
            }
        }
        return byCluster;
    }

    int members(String kind) {
        Set<Integer> s = sharingMembers.get(kind);
        return s == null ? 0 : s.size();
    }

    boolean shares(String kind, int account) {
        Set<Integer> s = sharingMembers.get(kind);
        return s != null && s.contains(account);
    }

    int keys(String kind) {
        return sharedKeys.getOrDefault(kind, 0);
    }
}
