package io.hydrascope.analysis.graph;

import io.hydrascope.model.AccountResult;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.LinkKey;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.InfrastructureQueries;
import io.hydrascope.store.InfrastructureQueries.KeyLink;
import io.hydrascope.store.ReadSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the picture of a cluster (or any set of accounts): accounts, the shared keys that link at least two of them
 * (IPs, subnets, payment fingerprints, user agents, templates, lockstep groups, creation bursts, model moves) and a
 * deterministic force-directed layout. Large sets are capped to the best-connected accounts and keys, with a note.
 * Plain Java with no toolkit: the report writers and the window's graph view both call it from a worker thread.
 */
public final class ClusterGraphService {
    /**
     * How much a picture may show and how long its layout may run. {@code maxEdges} stops adding keys once their
     * account links reach it: a few hundred keys each held by most of a big cluster would otherwise make tens of
     * thousands of edges, a layout that takes minutes and a picture of nothing but lines.
     */
    public record Limits(int maxAccounts, int maxKeys, int maxEdges, int maxLayoutSteps, long seed) {
        public static final Limits DEFAULT = new Limits(300, 200, 300, 42L);

        public Limits(int maxAccounts, int maxKeys, int maxLayoutSteps, long seed) {
            this(maxAccounts, maxKeys, 4 * Math.max(maxAccounts, maxKeys), maxLayoutSteps, seed);
        }
    }

    private final Limits limits;

    public ClusterGraphService(Limits limits) {
        this.limits = limits;
    }

    public ClusterGraphService() {
        this(Limits.DEFAULT);
    }

    /** The picture of the given accounts (internal references), read on the caller's session. */
    public ClusterGraph build(ReadSession session, Collection<Long> accountRefs, ProgressListener progress,
                              CancellationToken cancel) {
        if (accountRefs.isEmpty()) {
            return ClusterGraph.EMPTY;
        }
        progress.progress(0, 3, "reading links");
        List<AccountResult> accounts = new AnalysisQueries(session).accountResults(accountRefs);
        List<KeyLink> links = new InfrastructureQueries(session).keyLinks(accountRefs);
        cancel.throwIfCancelled();
        progress.progress(1, 3, "choosing what to show");
        Selection selection = select(accounts, links);
        progress.progress(2, 3, "laying out the graph");
        List<String> nodeIds = new ArrayList<>();
        selection.accounts.forEach(a -> nodeIds.add(accountNode(a.accountRef())));
        selection.keys.forEach(k -> nodeIds.add(keyNode(k)));
        List<String[]> edgePairs = selection.edges.stream().map(e -> new String[] {e.accountNode(), e.keyNode()})
                .toList();
        Map<String, double[]> pos = new GraphLayout(limits.seed(), limits.maxLayoutSteps()).layout(nodeIds, edgePairs,
                cancel::throwIfCancelled);
        Map<String, Integer> degree = new HashMap<>();
        for (GraphEdge e : selection.edges) {
            degree.merge(e.accountNode(), 1, Integer::sum);
            degree.merge(e.keyNode(), 1, Integer::sum);
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (AccountResult a : selection.accounts) {
            String id = accountNode(a.accountRef());
            nodes.add(new GraphNode(id, GraphNode.ACCOUNT, a.accountId(), a.flagged(), a.risk(),
                    degree.getOrDefault(id, 0), pos.get(id)[0], pos.get(id)[1]));
        }
        for (LinkKey k : selection.keys) {
            String id = keyNode(k);
            nodes.add(new GraphNode(id, k.kind(), k.value(), false, k.weight(), degree.getOrDefault(id, 0),
                    pos.get(id)[0], pos.get(id)[1]));
        }
        progress.progress(3, 3, "graph ready");
        return new ClusterGraph(nodes, selection.edges, accounts.size(), selection.accounts.size(),
                selection.totalKeys, selection.keys.size(), note(selection, accounts.size()),
                members(accounts, selection));
    }

    private record Selection(List<AccountResult> accounts, List<LinkKey> keys, List<GraphEdge> edges,
                             int totalKeys, Map<Long, Integer> accountDegree) {
    }

    /** Every account, best-connected first (the order the picture's cap uses), marked when it is drawn. */
    private static List<ClusterGraph.Member> members(List<AccountResult> accounts, Selection selection) {
        Set<Long> shown = new HashSet<>();
        selection.accounts.forEach(a -> shown.add(a.accountRef()));
        return accounts.stream().sorted(byDegree(selection.accountDegree)).map(a -> new ClusterGraph.Member(
                a.accountId(), a.risk(), a.flagged(), selection.accountDegree.getOrDefault(a.accountRef(), 0),
                a.interactions(), shown.contains(a.accountRef()))).toList();
    }

    private static Comparator<AccountResult> byDegree(Map<Long, Integer> accountDegree) {
        return Comparator.comparingInt((AccountResult a) -> -accountDegree.getOrDefault(a.accountRef(), 0))
                .thenComparing(a -> -a.risk()).thenComparing(AccountResult::accountId);
    }

    /** Keys linking two or more of the accounts; the best-connected accounts, then the keys joining most of them. */
    private Selection select(List<AccountResult> accounts, List<KeyLink> links) {
        Map<Long, List<KeyLink>> byKey = new LinkedHashMap<>();
        for (KeyLink l : links) {
            byKey.computeIfAbsent(l.key().id(), k -> new ArrayList<>()).add(l);
        }
        byKey.values().removeIf(members -> members.size() < 2);
        Map<Long, Integer> accountDegree = new HashMap<>();
        byKey.values().forEach(members -> members.forEach(l -> accountDegree.merge(l.accountRef(), 1, Integer::sum)));
        List<AccountResult> shown = accounts.stream().sorted(byDegree(accountDegree))
                .limit(limits.maxAccounts()).sorted(Comparator.comparing(AccountResult::accountId)).toList();
        Set<Long> shownRefs = new HashSet<>();
        shown.forEach(a -> shownRefs.add(a.accountRef()));
        List<List<KeyLink>> candidates = new ArrayList<>();
        for (List<KeyLink> members : byKey.values()) {
            List<KeyLink> inShown = members.stream().filter(l -> shownRefs.contains(l.accountRef())).toList();
            if (inShown.size() >= 2) {
                candidates.add(inShown);
            }
        }
        candidates.sort(Comparator.comparingInt((List<KeyLink> m) -> -m.size())
                .thenComparingDouble(m -> -m.get(0).key().weight()).thenComparingLong(m -> m.get(0).key().id()));
        candidates = byKindInTurn(candidates);
        List<LinkKey> keys = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (List<KeyLink> members : candidates.subList(0, Math.min(limits.maxKeys(), candidates.size()))) {
            if (!keys.isEmpty() && edges.size() + members.size() > limits.maxEdges()) {
                continue; // a smaller key further down may still fit
            }
            LinkKey key = members.get(0).key();
            keys.add(key);
            for (KeyLink l : members) {
                edges.add(new GraphEdge(accountNode(l.accountRef()), keyNode(key), key.weight(), l.uses()));
            }
        }
        if (keys.size() < byKey.size()) {
            // keys were left out: accounts none of the drawn keys link would only be loose dots
            Set<String> linked = new HashSet<>();
            edges.forEach(e -> linked.add(e.accountNode()));
            shown = shown.stream().filter(a -> linked.contains(accountNode(a.accountRef()))).toList();
        }
        return new Selection(shown, keys, edges, byKey.size(), accountDegree);
    }

    /**
     * The candidates (best first) reordered to take the best key of each kind in turn: when the edge budget is
     * tight, a few templates held by every account would otherwise crowd out the IPs, subnets and payment
     * fingerprints an investigator acts on.
     */
    private static List<List<KeyLink>> byKindInTurn(List<List<KeyLink>> candidates) {
        Map<String, java.util.ArrayDeque<List<KeyLink>>> byKind = new LinkedHashMap<>();
        for (List<KeyLink> c : candidates) {
            byKind.computeIfAbsent(c.get(0).key().kind(), k -> new java.util.ArrayDeque<>()).add(c);
        }
        List<List<KeyLink>> out = new ArrayList<>(candidates.size());
        while (out.size() < candidates.size()) {
            for (java.util.ArrayDeque<List<KeyLink>> queue : byKind.values()) {
                if (!queue.isEmpty()) {
                    out.add(queue.poll());
                }
            }
        }
        return out;
    }

    private static String note(Selection s, int totalAccounts) {
        List<String> parts = new ArrayList<>();
        if (s.accounts.size() < totalAccounts) {
            parts.add(String.format(Locale.ROOT, "showing %,d of %,d accounts, ranked by the number of keys they "
                    + "share", s.accounts.size(), totalAccounts));
        }
        if (s.keys.size() < s.totalKeys) {
            parts.add(String.format(Locale.ROOT, "%,d of %,d shared keys, each kind in turn by accounts linked", s.keys.size(),
                    s.totalKeys));
        }
        return String.join("; ", parts);
    }

    static String accountNode(long ref) {
        return "a" + ref;
    }

    static String keyNode(LinkKey key) {
        return "k" + key.id();
    }
}
