package io.hydrascope.report;

import io.hydrascope.model.AccountResult;
import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a {@link ReportScope} into the sections to report, with clear errors for unknown clusters or accounts. */
final class ScopeResolver {
    private final AnnotationIndex notes;
    private final ReportQueries queries;
    private final AnalysisQueries analysis;

    ScopeResolver(ReadSession session, AnnotationIndex notes) {
        this.notes = notes;
        this.queries = new ReportQueries(session);
        this.analysis = new AnalysisQueries(session);
    }

    List<SectionScope> resolve(ReportScope scope) {
        if (scope instanceof ReportScope.Cluster c) {
            return List.of(section(cluster(c.clusterId()), queries.memberRefs(c.clusterId()), false));
        }
        if (scope instanceof ReportScope.Accounts a) {
            return accounts(a.accountIds());
        }
        return wholeCase();
    }

    private List<SectionScope> wholeCase() {
        Map<Long, ClusterResult> chosen = new LinkedHashMap<>();
        for (ClusterResult c : analysis.clusters(true)) {
            chosen.put(c.id(), c);
        }
        for (Annotation a : notes.all()) {
            if (a.bookmarked() && a.target() == AnnotationTarget.CLUSTER) {
                parseId(a.targetId()).flatMap(analysis::cluster).ifPresent(c -> chosen.putIfAbsent(c.id(), c));
            }
        }
        List<SectionScope> out = new ArrayList<>();
        for (ClusterResult c : ReportService.byRisk(new ArrayList<>(chosen.values()))) {
            out.add(section(c, queries.memberRefs(c.id()), false));
        }
        return out;
    }

    private List<SectionScope> accounts(List<String> accountIds) {
        Set<String> wanted = new LinkedHashSet<>(accountIds);
        Map<String, Long> refs = queries.refsOf(wanted);
        List<String> unknown = wanted.stream().filter(id -> !refs.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ReportException("unknown account" + (unknown.size() == 1 ? "" : "s") + " in this case: "
                    + String.join(", ", unknown));
        }
        Map<Long, List<Long>> byCluster = new TreeMap<>();
        Set<Long> analysed = new LinkedHashSet<>();
        for (AccountResult r : analysis.accountResults(refs.values())) {
            byCluster.computeIfAbsent(r.clusterId(), k -> new ArrayList<>()).add(r.accountRef());
            analysed.add(r.accountRef());
        }
        List<String> idle = refs.entrySet().stream().filter(e -> !analysed.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!idle.isEmpty()) {
            throw new ReportException("no analysis results for " + String.join(", ", idle)
                    + " (accounts without interactions, or imported after the last analysis)");
        }
        List<ClusterResult> clusters = new ArrayList<>();
        byCluster.keySet().forEach(id -> clusters.add(cluster(id)));
        List<SectionScope> out = new ArrayList<>();
        for (ClusterResult c : ReportService.byRisk(clusters)) {
            List<Long> members = byCluster.get(c.id());
            out.add(section(c, members, members.size() < c.accounts()));
        }
        return out;
    }

    private ClusterResult cluster(long id) {
        return analysis.cluster(id).orElseThrow(() -> {
            int[] counts = queries.clusterCounts();
            return new ReportException("cluster " + id + " does not exist in the latest analysis"
                    + (counts[0] == 0 ? " (it found no clusters)" : " (clusters are numbered 1 to " + counts[0] + ")"));
        });
    }

    private SectionScope section(ClusterResult cluster, List<Long> refs, boolean partial) {
        Map<Long, AccountResult> results = new LinkedHashMap<>();
        analysis.accountResults(refs).forEach(r -> results.put(r.accountRef(), r));
        Set<Long> sources = new LinkedHashSet<>();
        if (cluster.flagged()) {
            results.values().stream().filter(AccountResult::flagged).forEach(r -> sources.add(r.accountRef()));
        }
        if (sources.isEmpty()) {
            sources.addAll(refs);
        }
        return new SectionScope(cluster, partial, List.copyOf(refs), sources, queries.accounts(refs), results,
                queries.activity(refs));
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
