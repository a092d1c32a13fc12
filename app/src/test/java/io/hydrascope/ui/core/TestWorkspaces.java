package io.hydrascope.ui.core;

import io.hydrascope.store.CaseStore;
import java.nio.file.Path;

/** Workspaces with a case open, for view model and window tests. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    public static WorkspaceState open(Path casePath) {
        WorkspaceState workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.open(casePath)));
        return workspace;
    }

    /** Closes the open case on the writer thread, after any write still queued, then stops the executors. */
    public static void closeOnWriter(WorkspaceState workspace, WorkbenchExecutors executors) {
        executors.writer().execute(() -> workspace.openCase().close());
        executors.close();
    }

    public static void close(WorkspaceState workspace) {
        if (workspace.openCase() != null) {
            OpenCase open = workspace.openCase();
            workspace.replaceCase(null);
            open.close();
        }
    }
}
