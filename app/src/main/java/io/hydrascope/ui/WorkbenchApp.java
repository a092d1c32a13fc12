package io.hydrascope.ui;

import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.analysis.EngineAnalysisRunner;
import io.hydrascope.ui.cases.ScenarioDemoCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The workbench window. Chooses the engine parts the window uses (detection results, analysis, demo generator) and
 * hands them to {@link Workbench}. With {@code hydrascope.pulseProbe} set to a file, writes the pulse-gap report
 * there on exit.
 */
public final class WorkbenchApp extends Application {
    private Workbench workbench;
    private WorkbenchSettings settings;

    @Override
    public void start(Stage stage) {
        settings = WorkbenchSettings.fromEnvironment(getParameters().getRaw());
        workbench = new Workbench(settings, new StoredAnalysisResults(), new EngineAnalysisRunner(),
                new ScenarioDemoCases());
        workbench.show(stage);
    }

    @Override
    public void stop() {
        if (workbench == null) {
            return;
        }
        String probeTarget = settings.pulseProbe();
        if (probeTarget != null && !"true".equalsIgnoreCase(probeTarget)) {
            try {
                Files.writeString(Path.of(probeTarget), workbench.probe().snapshot().describe() + "\n");
            } catch (IOException e) {
                System.getLogger("hydrascope").log(System.Logger.Level.WARNING, "cannot write pulse report", e);
            }
        }
        workbench.close();
    }
}
