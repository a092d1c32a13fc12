package io.hydrascope.ui.overview;

import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.TrafficOverview;
import io.hydrascope.store.AccountDirectoryRepository;
import io.hydrascope.store.CaseFactsRepository;
import io.hydrascope.store.CaseFactsRepository.CaseFacts;
import io.hydrascope.store.TrafficRollupRepository;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.analysis.AnalysisRun;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.analysis.TopicMix;
import io.hydrascope.ui.core.CaseAnnotations;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dataset at a glance: traffic per hour and model (from the case's traffic summary, computed once and caught
 * up after imports), cheap case facts, the busiest accounts, and the latest analysis's ranked clusters and topic mix.
 * Reloads when the case or its data changes. FX thread only.
 */
public final class OverviewViewModel {
    static final String NO_ANALYSIS = "No analysis yet — run Analyse (Ctrl+R)";
    /** An empty case's traffic chart says why it is empty and what to do. */
    static final String NO_TRAFFIC = "No interactions yet — import a file (File → Import log files…, Ctrl+I)";
    /** Shown while stored results are read, so a case that has them never looks unanalysed meanwhile. */
    static final String LOADING_ANALYSIS = "Reading the analysis results…";
    static final int BUSIEST = 25;
    static final int CLUSTERS = 50;
    /** Clusters read for filtering: the ranking shows the first {@link #CLUSTERS} that pass the filters. */
    static final int CLUSTERS_READ = 5000;

    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final AnalysisResultsSource results;
    private final QuerySlot trafficSlot;
    private final QuerySlot factsSlot;
    private final QuerySlot accountsSlot;
    private final QuerySlot analysisSlot;
    private final QuerySlot openSlot;
    private final ReadOnlyObjectWrapper<TrafficOverview> traffic = new ReadOnlyObjectWrapper<>(this, "traffic");
    private final ReadOnlyObjectWrapper<CaseFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyObjectWrapper<TopicMix> topicMix = new ReadOnlyObjectWrapper<>(this, "topicMix",
            TopicMix.NONE);
    private final ReadOnlyStringWrapper trafficNote = new ReadOnlyStringWrapper(this, "trafficNote", "");
    private final ReadOnlyStringWrapper analysisNote = new ReadOnlyStringWrapper(this, "analysisNote", NO_ANALYSIS);
    private final ReadOnlyStringWrapper accountsNote = new ReadOnlyStringWrapper(this, "accountsNote", "");
    private final ObservableList<ClusterSummary> clusters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clustersNote = new ReadOnlyStringWrapper(this, "clustersNote", "");
    private List<ClusterSummary> allClusters = List.of();
    private final ObservableList<AccountVolume> busiestAccounts = FXCollections.observableArrayList();

    private record AnalysisView(Optional<AnalysisRun> run, List<ClusterSummary> clusters, TopicMix mix) {
    }

    public OverviewViewModel(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.results = results;
        this.trafficSlot = new QuerySlot(tasks, workspace, "Summarising traffic", true);
        this.factsSlot = new QuerySlot(tasks, workspace, "Reading case facts");
        this.accountsSlot = new QuerySlot(tasks, workspace, "Ranking accounts by volume", true);
        this.analysisSlot = new QuerySlot(tasks, workspace, "Reading analysis results");
        this.openSlot = new QuerySlot(tasks, workspace, "Reading cluster accounts");
        workspace.dataVersionProperty().addListener((o, a, b) -> reload());
        workspace.filterProperty().addListener((o, a, b) -> applyFilter());
        workspace.annotations().versionProperty().addListener((o, a, b) -> {
            if (!workspace.filter().tags().isEmpty()) {
                applyFilter();
            }
        });
        reload();
    }

    /** Reads everything again. */
    public void reload() {
        OpenCase open = workspace.openCase();
        if (open == null) {
            traffic.set(null);
            facts.set(null);
            allClusters = List.of();
            applyFilter();
            busiestAccounts.clear();
            topicMix.set(TopicMix.NONE);
            return;
        }
        trafficNote.set("Summarising traffic…");
        trafficSlot.run((c, progress, cancel) -> TrafficRollupRepository.update(c.reader(), progress, cancel),
                rollup -> {
                    TrafficOverview overview = TrafficRollupRepository.overview(rollup);
                    trafficNote.set(overview.interactions() == 0 ? NO_TRAFFIC : "");
                    workspace.palette().register(overview.modelFirstSeen().keySet());
                    traffic.set(overview);
                    tasks.write("Saving traffic summary", (p, cancel) -> {
                        if (!open.isClosed()) {
                            new TrafficRollupRepository(open.writer()).save(rollup);
                        }
                        return null;
                    }).onFailure(e -> { }).start(); // only a cache: a failed save is recomputed next time
                }, e -> trafficNote.set("Cannot summarise traffic: " + DialogService.describe(e)));
        factsSlot.run((c, p, cancel) -> new CaseFactsRepository(c.reader()).facts(), facts::set,
                e -> facts.set(null));
        accountsNote.set("Ranking accounts…");
        accountsSlot.run((c, p, cancel) -> new AccountDirectoryRepository(c.reader()).busiest(BUSIEST), list -> {
            busiestAccounts.setAll(list);
            accountsNote.set(list.isEmpty() ? "No interactions yet — import log files (Ctrl+I)" : "");
        }, e -> accountsNote.set("Cannot rank accounts: " + DialogService.describe(e)));
        analysisNote.set(LOADING_ANALYSIS);
        analysisSlot.run((c, p, cancel) -> new AnalysisView(results.latestRun(c.reader()),
                results.rankedClusters(c.reader(), CLUSTERS_READ), results.topicMix(c.reader())), view -> {
                    allClusters = view.clusters();
                    applyFilter();
                    topicMix.set(view.mix());
                    analysisNote.set(view.run().map(r -> describe(r, view.clusters())).orElse(NO_ANALYSIS));
                }, e -> analysisNote.set("Cannot read analysis results: " + DialogService.describe(e)));
    }

    /** The ranking as the filters allow: risk at or above the minimum, carrying one of the tags. */
    private void applyFilter() {
        ViewFilter f = workspace.filter();
        CaseAnnotations annotations = workspace.annotations();
        List<ClusterSummary> passing = allClusters.stream().filter(c -> c.risk() >= f.minRisk()
                && annotations.hasAnyTag(AnnotationTarget.CLUSTER, c.clusterId(), f.tags())).toList();
        clusters.setAll(passing.subList(0, Math.min(CLUSTERS, passing.size())));
        boolean filtered = f.minRisk() > 0 || !f.tags().isEmpty();
        clustersNote.set(!filtered || allClusters.isEmpty() ? "" : TimeFormats.count(passing.size()) + " of "
                + TimeFormats.count(allClusters.size()) + " clusters pass the filters"
                + (passing.size() > CLUSTERS ? "; the first " + CLUSTERS + " shown" : ""));
    }

    private static String describe(AnalysisRun run, List<ClusterSummary> clusters) {
        long flagged = clusters.stream().filter(ClusterSummary::flagged).count();
        return "Latest analysis: " + run.description() + (clusters.isEmpty() ? " — no clusters" : "")
                + (flagged == 0 && !clusters.isEmpty() ? " — nothing flagged" : "");
    }

    /** Shows the cluster's accounts as swim lanes. */
    public void openCluster(ClusterSummary cluster) {
        if (cluster == null) {
            return;
        }
        openSlot.run((c, p, cancel) -> results.clusterAccounts(c.reader(), cluster.clusterId()),
                accounts -> workspace.openCluster(new ClusterSelection(cluster.clusterId(),
                        cluster.label() + " (" + accounts.size() + " accounts)", accounts)),
                e -> analysisNote.set("Cannot open cluster: " + DialogService.describe(e)));
    }

    public void openAccount(String accountId) {
        if (accountId != null) {
            workspace.openAccount(accountId);
        }
    }

    public ReadOnlyObjectProperty<TrafficOverview> trafficProperty() {
        return traffic.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TopicMix> topicMixProperty() {
        return topicMix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trafficNoteProperty() {
        return trafficNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty analysisNoteProperty() {
        return analysisNote.getReadOnlyProperty();
    }

    /** How many clusters the filters let through, or empty when nothing is filtered. */
    public ReadOnlyStringProperty clustersNoteProperty() {
        return clustersNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountsNoteProperty() {
        return accountsNote.getReadOnlyProperty();
    }

    public ObservableList<ClusterSummary> clusters() {
        return clusters;
    }

    public ObservableList<AccountVolume> busiestAccounts() {
        return busiestAccounts;
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
