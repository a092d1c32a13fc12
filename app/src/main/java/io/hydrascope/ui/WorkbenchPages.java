package io.hydrascope.ui;

import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.NativeImportPreviewer;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.core.FxDialogService;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.imports.ImportDialog;
import io.hydrascope.ui.imports.ImportViewModel;
import io.hydrascope.ui.search.SearchView;
import io.hydrascope.ui.search.SearchViewModel;
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
                                 KeyCombination key) {
        return new WorkbenchPage(Pages.ACCOUNT, "Account timeline", key,
                new AccountTimelineView(new AccountTimelineViewModel(workspace, tasks, results)));
    }

    static WorkbenchPage cluster(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results,
                                 KeyCombination key) {
        return new WorkbenchPage(Pages.CLUSTER, "Cluster timeline", key,
                new ClusterTimelineView(new ClusterTimelineViewModel(workspace, tasks, results)));
    }

    static WorkbenchPage topics(WorkspaceState workspace, TaskRunner tasks, KeyCombination key) {
        TopicsViewModel topics = new TopicsViewModel(workspace, tasks);
        return new WorkbenchPage(Pages.TOPICS, "Topics", key, new TopicsView(topics,
                new TemplateFamiliesViewModel(workspace, tasks, topics.scopeProperty())));
    }

    static WorkbenchPage search(WorkspaceState workspace, TaskRunner tasks, KeyCombination key) {
        return new WorkbenchPage(Pages.SEARCH, "Search", key, new SearchView(new SearchViewModel(workspace, tasks)));
    }

    static void openImportDialog(WorkspaceState workspace, TaskRunner tasks, FxDialogService dialogs,
                                 ImportService importService, CaseActions cases) {
        ImportViewModel vm = new ImportViewModel(workspace, tasks, new NativeImportPreviewer(), importService, cases);
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        ImportDialog dialog = new ImportDialog(vm, dialogs, () -> stage[0].close());
        stage[0] = dialogs.openWindow("Import log files", dialog, 1180, 720);
    }
}
