package io.hydrascope.ui.imports;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.cases.RecentCases;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;

/** The import window as the workbench builds it, with real background tasks, for window tests. */
final class ImportDialogFixture {
    private ImportDialogFixture() {
    }

    /** Shows the import window on the workspace's case; recent cases and mapping profiles live under {@code dir}. */
    static void show(Stage stage, WorkspaceState workspace, WorkbenchExecutors executors, RecordingDialogs dialogs,
                     Path dir) {
        FxTaskRunner tasks = new FxTaskRunner(executors, e -> { });
        ImportService imports = new ImportService(BuiltInFormats.all());
        CaseActions cases = new CaseActions(workspace, tasks, dialogs, new RecentCases(dir.resolve("recent")),
                new FolderImportService(imports), DemoCaseGenerator.NONE, dir, List.of());
        ImportViewModel vm = new ImportViewModel(workspace, tasks, new ImportPreviewService(BuiltInFormats.all()),
                new ProfileStore(dir.resolve("profiles")), imports, cases);
        FxTestSupport.show(stage, new ImportDialog(vm, dialogs, stage::close), 1180, 720);
    }
}
