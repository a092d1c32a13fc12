package io.hydrascope.ui.core;

import io.hydrascope.store.CaseStore;
import java.nio.file.Path;

/** Workspaces with a case open, for view model tests. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    public static WorkspaceState open(Path casePath) {
        WorkspaceState workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.open(casePath)));
        return workspace;
    }

    public static void close(WorkspaceState workspace) {
        if (workspace.openCase() != null) {
            OpenCase open = workspace.openCase();
            workspace.replaceCase(null);
            open.close();
        }
    }
}
