package io.hydrascope.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.report.AnalysedCase;
import io.hydrascope.report.ReportOptions;
import io.hydrascope.report.ReportService;
import io.hydrascope.store.CaseStore;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.hydrascope.ui.settings.UserSettings;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export report window on an analysed case, with real background tasks and the text preview. */
@ExtendWith(ApplicationExtension.class)
class ExportReportDialogFxTest {
    @TempDir
    static Path dir;
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    RecordingDialogs dialogs = new RecordingDialogs();
    long cluster;

    @Start
    void start(Stage stage) throws Exception {
        cluster = AnalysedCase.campaignCluster();
        executors = new WorkbenchExecutors(2);
        workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.open(AnalysedCase.shared())));
        workspace.selectedClusterProperty().set(new ClusterSelection(Long.toString(cluster), "Cluster " + cluster,
                List.of("camp-00")));
        FxTaskRunner tasks = new FxTaskRunner(executors, e -> { });
        ExportReportViewModel vm = new ExportReportViewModel(workspace, tasks, dialogs,
                new ReportService(ReportOptions.DEFAULTS), dir, new StoredAnalysisResults(),
                UserSettings.load(dir.resolve("home/settings.properties"), "root", Runnable::run, e -> { }));
        FxTestSupport.show(stage, new ExportReportDialog(vm, new TextReportPreview(), stage::close), 1240, 780);
    }

    @AfterEach
    void close() {
        TestWorkspaces.closeOnWriter(workspace, executors);
    }

    @Test
    void choosingScopeAndFormatPreviewsThenGeneratesTheFile(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#report-network").queryComboBox().getValue() != null);
        assertEquals(cluster, ((NetworkChoice) robot.lookup("#report-network").queryComboBox().getValue()).id(),
                "the selected network is prefilled");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-preview-text").queryAs(TextArea.class).getText()
                .contains("<html"));

        robot.clickOn("Markdown: for a ticket or a wiki");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-preview-text").queryAs(TextArea.class).getText()
                .startsWith("# "));
        String markdown = robot.lookup("#report-preview-text").queryAs(TextArea.class).getText();
        Path md = dir.resolve("case-network-" + cluster + ".md");
        assertEquals(md.toString(), robot.lookup("#report-file").queryAs(TextField.class).getText());

        robot.clickOn("Generate report");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-result").queryAs(Label.class).getText()
                .startsWith("Wrote " + md));
        String written = Files.readString(md, StandardCharsets.UTF_8);
        String stamp = "(?m)^Prepared by .*$";
        assertEquals(markdown.replaceAll(stamp, ""), written.replaceAll(stamp, ""),
                "the preview shows what the file holds (but the time it was made)");
        robot.clickOn("Open folder");
        assertEquals(List.of(dir), dialogs.shownFolders);

        robot.clickOn("Chosen accounts");
        robot.clickOn("#report-accounts").write("camp-00, camp-01");
        robot.clickOn("CSV: one indicator per row");
        Path csv = dir.resolve("case-accounts-indicators.csv");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-file").queryAs(TextField.class).getText()
                .equals(csv.toString()));
        FxTestSupport.waitUntil(() -> robot.lookup("#report-preview-text").queryAs(TextArea.class).getText()
                .startsWith("type,value,cluster"));
        robot.clickOn("Generate report");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-result").queryAs(Label.class).getText()
                .startsWith("Wrote " + csv));
        assertTrue(Files.readString(csv).startsWith("type,value,cluster"));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, robot.lookup("#report-result").query()
                .getScene().getRoot()));
    }

    @Test
    void theNetworkIsPickedFromAListOfNamesSizesAndRiskAndTheTitleAndAuthorReachTheFile(FxRobot robot)
            throws Exception {
        javafx.scene.control.ComboBox<?> networks = robot.lookup("#report-network").queryComboBox();
        FxTestSupport.waitUntil(() -> networks.getItems().size() >= 2);
        robot.clickOn("#report-network");
        List<String> shown = robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText).filter(t -> t != null).toList();
        assertTrue(shown.get(0).startsWith("⚑ Network "), "flagged first: " + shown);
        assertTrue(shown.get(0).matches("⚑ Network \\d+ · [\\d,]+ accounts · risk \\d\\.\\d\\d · flagged"), shown.get(0));
        NetworkChoice other = (NetworkChoice) networks.getItems().stream()
                .filter(n -> ((NetworkChoice) n).id() != cluster).findFirst().orElseThrow();
        robot.clickOn(other.flagged() ? "⚑ " + other.describe() : other.describe());
        assertEquals(other, networks.getValue());
        robot.clickOn("Markdown: for a ticket or a wiki");
        robot.clickOn("#report-title").write("Operation Lantern");
        robot.doubleClickOn("#report-team").eraseText(40).write("TI EMEA");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-preview-text").queryAs(TextArea.class).getText()
                .startsWith("# Operation Lantern"));
        Path md = dir.resolve("case-network-" + other.id() + ".md");
        assertEquals(md.toString(), robot.lookup("#report-file").queryAs(TextField.class).getText());
        robot.clickOn("Generate report");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-result").queryAs(Label.class).getText()
                .startsWith("Wrote " + md));
        String written = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("# Operation Lantern\n\nPrepared by TI EMEA on "), written.substring(0, 120));
        assertTrue(written.contains("## Network " + other.id() + "\n"), "the chosen network is reported");
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, robot.lookup("#report-result").query()
                .getScene().getRoot()));
    }
}
