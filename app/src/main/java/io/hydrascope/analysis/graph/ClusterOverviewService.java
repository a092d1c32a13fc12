package io.hydrascope.analysis.graph;

import io.hydrascope.analysis.graph.ClusterOverview.ClusterLink;
import io.hydrascope.analysis.graph.ClusterOverview.ClusterNode;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.ClusterLinkQueries;
import io.hydrascope.store.ClusterLinkQueries.ClusterRow;
import io.hydrascope.store.ClusterLinkQueries.KeyInCluster;
import io.hydrascope.store.ReadSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the cluster overview of the latest run: clusters of two or more accounts as nodes (riskiest first, capped),
 * linked when their accounts share keys, laid out with the same deterministic force-directed layout as cluster
 * pictures. Keys held by very many clusters (a common user agent, a big e-mail provider) link everything with
 * everything and are left out, with a note. Plain Java with no toolkit; call it from a worker thread.
 */
public final class ClusterOverviewService {
    /** How many clusters the overview may show, and how widely shared a key may be and still link clusters. */
    public record Limits(int maxClusters, int maxClustersPerKey, int maxLayoutSteps, long seed) {
        public static final Limits DEFAULT = new Limits(400, 25, 400, 42L);
    }

    private static final int MIN_ACCOUNTS = 2;
    private final Limits limits;

    public ClusterOverviewService(Limits limits) {
        this.limits = limits;
    }

    public ClusterOverviewService() {
        this(Limits.DEFAULT);
    }

    public ClusterOverview build(ReadSession session, ProgressListener progress, CancellationToken cancel) {
        progress.progress(0, 3, "reading clusters");
        ClusterLinkQueries queries = new ClusterLinkQueries(session);
        List<ClusterRow> all = queries.clusters(MIN_ACCOUNTS);
        if (all.isEmpty()) {
            return ClusterOverview.EMPTY;
        }
        List<ClusterRow> shown = all.subList(0, Math.min(limits.maxClusters(), all.size()));
        Set<Long> shownIds = new HashSet<>();
        shown.forEach(c -> shownIds.add(c.id()));
        List<KeyInCluster> keys = queries.keysAcrossClusters();
        cancel.throwIfCancelled();
        progress.progress(1, 3, "linking clusters");
        int[] skippedKeys = new int[1];
        List<ClusterLink> links = link(keys, shownIds, skippedKeys);
        progress.progress(2, 3, "laying out the overview");
        List<String> nodeIds = shown.stream().map(c -> "c" + c.id()).toList();
        List<String[]> edgePairs = links.stream().map(l -> new String[] {"c" + l.fromCluster(), "c" + l.toCluster()})
                .toList();
        Map<String, double[]> pos = new GraphLayout(limits.seed(), limits.maxLayoutSteps()).layout(nodeIds, edgePairs,
                cancel::throwIfCancelled);
        List<ClusterNode> nodes = new ArrayList<>();
        for (ClusterRow c : shown) {
            double[] p = pos.get("c" + c.id());
            nodes.add(new ClusterNode(c.id(), c.label(), c.accounts(), c.interactions(), c.risk(), c.flagged(), p[0],
                    p[1]));
        }
        progress.progress(3, 3, "overview ready");
        return new ClusterOverview(List.copyOf(nodes), List.copyOf(links), all.size(), shown.size(),
                note(all.size(), shown.size(), queries.smallClusters(MIN_ACCOUNTS), skippedKeys[0]));
    }

    /** One link per pair of shown clusters sharing at least one key held by few enough clusters. */
    private List<ClusterLink> link(List<KeyInCluster> keys, Set<Long> shownIds, int[] skippedKeys) {
        Map<Long, List<KeyInCluster>> byKey = new java.util.LinkedHashMap<>();
        for (KeyInCluster k : keys) {
            byKey.computeIfAbsent(k.keyId(), id -> new ArrayList<>()).add(k);
        }
        Map<List<Long>, Map<String, Integer>> kinds = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? Long.compare(a.get(1), b.get(1)) : Long.compare(a.get(0), b.get(0)));
        Map<List<Long>, String> examples = new HashMap<>();
        for (List<KeyInCluster> holders : byKey.values()) {
            if (holders.size() > limits.maxClustersPerKey()) {
                skippedKeys[0]++;
                continue;
            }
            List<KeyInCluster> inShown = holders.stream().filter(k -> shownIds.contains(k.clusterId())).toList();
            for (int i = 0; i < inShown.size(); i++) {
                for (int j = i + 1; j < inShown.size(); j++) {
                    List<Long> pair = List.of(inShown.get(i).clusterId(), inShown.get(j).clusterId());
                    kinds.computeIfAbsent(pair, p -> new TreeMap<>()).merge(inShown.get(i).kind(), 1, Integer::sum);
                    examples.putIfAbsent(pair, inShown.get(i).kind() + ": " + inShown.get(i).value());
                }
            }
        }
        List<ClusterLink> out = new ArrayList<>();
        kinds.forEach((pair, byKind) -> out.add(new ClusterLink(pair.get(0), pair.get(1),
                byKind.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(byKind), examples.get(pair))));
        return out;
    }

    private static String note(int total, int shown, int small, int skippedKeys) {
        List<String> parts = new ArrayList<>();
        if (shown < total) {
            parts.add(String.format(Locale.ROOT, "showing %,d of %,d clusters, ranked by risk", shown, total));
        }
        if (small > 0) {
            parts.add(String.format(Locale.ROOT, "%,d single-account clusters not drawn", small));
        }
        if (skippedKeys > 0) {
            parts.add(String.format(Locale.ROOT, "%,d keys shared by very many clusters ignored", skippedKeys));
        }
        return String.join("; ", parts);
    }
}
