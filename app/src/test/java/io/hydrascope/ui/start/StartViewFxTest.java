package io.hydrascope.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.testdata.DemoLogs;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.Workbench;
import io.hydrascope.ui.WorkbenchSettings;
import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** First run: no case, a sample beside the installation. */
@ExtendWith(ApplicationExtension.class)
class StartViewFxTest {
    @TempDir
    static Path dir;
    static DemoLogs.Files3 sample;
    Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path install = dir.resolve("install");
        if (sample == null) {
            sample = DemoLogs.write(install.resolve(FolderImportService.SAMPLE_FOLDER), DemoLogs.Spec.tiny());
        }
        workbench = new Workbench(new WorkbenchSettings(dir.resolve("home"), Optional.empty(), List.of(install),
                null), new NoAnalysisResults(), (s, p, c) -> "", DemoCaseGenerator.NONE);
        workbench.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
    }

    @Test
    void offersTheSampleOnFirstRunAndOpensItWithProgress(FxRobot robot) {
        verifyThat("No cases opened yet", isVisible());
        verifyThat(".start-tile", isVisible());
        verifyThat("Create", isDisabled());
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));
        robot.clickOn("Open sample case\nBundled example data, imported on first use");
        FxTestSupport.waitUntil(() -> workbench.workspace().openCase() != null);
        Path samplePath = dir.resolve("home/cases/" + CaseActions.SAMPLE_CASE);
        assertEquals(samplePath, workbench.workspace().openCase().path());
        assertEquals(sample.rows(), CaseDb.count(samplePath, "SELECT count(*) FROM interactions"));
        verifyThat("Traffic over time", isVisible());
    }
}
