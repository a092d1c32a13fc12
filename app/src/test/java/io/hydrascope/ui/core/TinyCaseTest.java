package io.hydrascope.ui.core;

import io.hydrascope.testdata.DemoCase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * View model tests on the small generated case, made once per class: each test opens its own workspace on it, and
 * the workspace is closed after the test.
 */
public abstract class TinyCaseTest {
    @TempDir
    protected static Path dir;
    protected static Path casePath;
    protected WorkspaceState workspace;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
    }

    @AfterEach
    void closeWorkspace() {
        if (workspace != null) {
            TestWorkspaces.close(workspace);
        }
    }
}
