package io.hydrascope.ui;

import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.analysis.graph.ClusterOverviewService;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.FxDialogService;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.EvidenceView;
import io.hydrascope.ui.evidence.EvidenceViewModel;
import io.hydrascope.ui.graph.GraphView;
import io.hydrascope.ui.graph.GraphViewModel;
import io.hydrascope.ui.imports.ImportDialog;
import io.hydrascope.ui.imports.ImportViewModel;
import io.hydrascope.ui.search.SearchView;
import io.hydrascope.ui.search.SearchViewModel;
import io.hydrascope.report.ReportOptions;
import io.hydrascope.report.ReportService;
import io.hydrascope.ui.reports.ExportReportDialog;
import io.hydrascope.ui.reports.ExportReportViewModel;
import io.hydrascope.ui.reports.WebReportPreview;
import io.hydrascope.ui.shell.WorkbenchPage;
import io.hydrascope.ui.timeline.AccountTimelineView;
import io.hydrascope.ui.timeline.ClusterTimelineView;
import io.hydrascope.ui.timeline.ClusterTimelineViewModel;
import io.hydrascope.ui.timeline.AccountTimelineViewModel;
import io.hydrascope.ui.topics.TemplateFamiliesViewModel;
import io.hydrascope.ui.topics.TopicsView;
import io.hydrascope.ui.topics.TopicsViewModel;
import javafx.scene.input.KeyCombination;

/** Builds the pages and dialogs that need more than one line in {@link Workbench}. */
final class WorkbenchPages {
    private WorkbenchPages() {
    }

    static WorkbenchPage account(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results,
                                 AnnotationActions annotations, KeyCombination key) {
        return new WorkbenchPage(Pages.ACCOUNT, "Account timeline", key,
                new AccountTimelineView(new AccountTimelineViewModel(workspace, tasks, results), annotations));
    }

    static WorkbenchPage cluster(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results,
                                 AnnotationActions annotations, KeyCombination key) {
        return new WorkbenchPage(Pages.CLUSTER, "Network timeline", key,
                new ClusterTimelineView(new ClusterTimelineViewModel(workspace, tasks, results), annotations));
    }

    static WorkbenchPage evidence(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results,
                                  AnnotationActions annotations, KeyCombination key) {
        return new WorkbenchPage(Pages.EVIDENCE, "Evidence", key,
                new EvidenceView(new EvidenceViewModel(workspace, tasks, annotations, results)));
    }

    static WorkbenchPage graph(WorkspaceState workspace, TaskRunner tasks, DialogService dialogs,
                               AnalysisResultsSource results, KeyCombination key) {
        return new WorkbenchPage(Pages.GRAPH, "Graph", key, new GraphView(new GraphViewModel(workspace, tasks, dialogs,
                results, GraphView::prepare, new ClusterGraphService(GRAPH_LIMITS), new ClusterOverviewService())));
    }

    /**
     * A drill-down draws up to 1,500 accounts and 500 keys (about 2,000 nodes), the rest is in the table. Edges cost
     * layout time and the page's render thread (not the FX thread): 6,000 at most.
     */
    static final ClusterGraphService.Limits GRAPH_LIMITS = new ClusterGraphService.Limits(1500, 500, 6000, 150, 42L);

    static WorkbenchPage topics(WorkspaceState workspace, TaskRunner tasks, KeyCombination key) {
        TopicsViewModel topics = new TopicsViewModel(workspace, tasks);
        return new WorkbenchPage(Pages.TOPICS, "Topics", key, new TopicsView(topics,
                new TemplateFamiliesViewModel(workspace, tasks, topics.scopeProperty())));
    }

    static WorkbenchPage search(WorkspaceState workspace, TaskRunner tasks, KeyCombination key) {
        return new WorkbenchPage(Pages.SEARCH, "Search", key, new SearchView(new SearchViewModel(workspace, tasks)));
    }

    static void openImportDialog(WorkspaceState workspace, TaskRunner tasks, FxDialogService dialogs,
                                 ImportService importService, CaseActions cases, java.nio.file.Path profiles) {
        ImportViewModel vm = new ImportViewModel(workspace, tasks,
                new ImportPreviewService(importService.importers()), new ProfileStore(profiles),
                importService, cases);
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        ImportDialog dialog = new ImportDialog(vm, dialogs, () -> stage[0].close());
        stage[0] = dialogs.openWindow("Import log files", dialog, 1180, 720);
    }

    static void openExportDialog(WorkspaceState workspace, TaskRunner tasks, FxDialogService dialogs,
                                 java.nio.file.Path folder, AnalysisResultsSource results,
                                 io.hydrascope.ui.settings.UserSettings settings) {
        ExportReportViewModel vm = new ExportReportViewModel(workspace, tasks, dialogs,
                new ReportService(ReportOptions.DEFAULTS), folder, results, settings);
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        ExportReportDialog dialog = new ExportReportDialog(vm, new WebReportPreview(), () -> stage[0].close());
        stage[0] = dialogs.openWindow("Export report", dialog, 1240, 780);
        stage[0].setOnHidden(e -> vm.dispose());
    }
}
