package io.hydrascope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import io.hydrascope.CaseDb;
import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.TimeRange;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TimeBarsChart;
import io.hydrascope.ui.core.TimeFormats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole window on a small generated case, headless: what a person sees on each page. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    @TempDir
    static Path dir;
    static Path casePath;
    static long interactions;
    Workbench workbench;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
        interactions = CaseDb.count(casePath, "SELECT count(*) FROM interactions");
    }

    @Start
    void start(Stage stage) {
        workbench = new Workbench(new WorkbenchSettings(dir.resolve("home"), Optional.of(casePath), List.of(), null),
                new NoAnalysisResults(), (store, p, c) -> "nothing to do", DemoCaseGenerator.NONE);
        workbench.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
    }

    private void overviewLoaded(FxRobot robot) {
        FxTestSupport.waitForOverview(robot,
                () -> robot.lookup(TimeFormats.count(interactions)).tryQuery().isPresent());
    }

    @Test
    void theOverviewShowsTheDatasetAtAGlance(FxRobot robot) {
        overviewLoaded(robot);
        verifyThat(TimeFormats.count(interactions), isVisible());
        verifyThat("Traffic over time", isVisible());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("atlas-3 ") && l.getText().contains("atlas-4")),
                "the models tile lists the models with their shares");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith(", UTC")), "the time range names its zone");
        TableView<?> clusters = robot.lookup("#cluster-table").queryTableView();
        FxTestSupport.waitUntil(() -> "No analysis yet — run Analyse (Ctrl+R)".equals(
                ((Label) clusters.getPlaceholder()).getText()));
        TimeBarsChart traffic = robot.lookup("#traffic-chart").queryAs(TimeBarsChart.class);
        assertTrue(traffic.maxTotalInWindow() > 0, "the traffic chart has bars");
        assertEquals(List.of("_File", "_Analysis", "_View", "_Help"), robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream().map(m -> m.getText()).toList(),
                "no Debug menu outside a measured session");
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));
    }

    @Test
    void doubleClickingABusyAccountOpensItsTimelineWithEverythingAboutIt(FxRobot robot) {
        overviewLoaded(robot);
        TableView<AccountVolume> busiest = robot.lookup("#busiest-accounts").queryTableView();
        AccountVolume first = busiest.getItems().get(0);
        robot.doubleClickOn(first.accountId());
        FxTestSupport.waitUntil(() -> !robot.lookup("#account-interactions").queryTableView().getItems().isEmpty());
        assertEquals(Pages.ACCOUNT, workbench.workspace().activePageProperty().get());
        verifyThat(first.accountId(), isVisible());
        verifyThat("Activity", isVisible());
        robot.clickOn(robot.lookup("#account-interactions .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        // the prompt pane of the page in front (other pages have prompt panes too)
        TextArea prompt = (TextArea) robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getContent().lookup(".text-area");
        FxTestSupport.waitUntil(() -> !prompt.getText().isEmpty());
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));
    }

    @Test
    void theActivityChartZoomsWithTheKeyboardDownToFinerBuckets(FxRobot robot) {
        overviewLoaded(robot);
        robot.interact(() -> workbench.workspace().openAccount(
                robot.lookup("#busiest-accounts").queryTableView().getItems().get(0) instanceof AccountVolume v
                        ? v.accountId() : null));
        TimeBarsChart chart = robot.lookup("#activity-chart").queryAs(TimeBarsChart.class);
        FxTestSupport.waitUntil(() -> chart.maxTotalInWindow() > 0);
        TimeRange before = chart.window();
        robot.clickOn(chart);
        robot.type(KeyCode.EQUALS, 3);
        FxTestSupport.waitUntil(() -> chart.window().spanMicros() * 8 <= before.spanMicros() + 8);
        robot.type(KeyCode.HOME);
        FxTestSupport.waitUntil(() -> chart.window().equals(before));
    }

    @Test
    void typingAnAccountInTheLookUpOpensIt(FxRobot robot) {
        overviewLoaded(robot);
        String account = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id").get(3);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write(account).type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup(".page-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(account) && l.isVisible()));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(Pages.ACCOUNT, tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void accountsSharingAnIpOpenAsSwimLanesAndBrushingFiltersTheTable(FxRobot robot) {
        overviewLoaded(robot);
        String account = robot.lookup("#busiest-accounts").queryTableView().getItems().get(0) instanceof
                AccountVolume v ? v.accountId() : null;
        robot.interact(() -> workbench.workspace().openAccount(account));
        FxTestSupport.waitUntil(() -> !robot.lookup("#account-interactions").queryTableView().getItems().isEmpty());
        robot.clickOn("Accounts sharing its IPs");
        FxTestSupport.waitUntil(() -> robot.lookup(".page-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Accounts sharing an IP with " + account)));
        FxTestSupport.waitUntil(() -> !robot.lookup("#cluster-interactions").queryTableView().getItems().isEmpty());
        Label shared = robot.lookup("#cluster-detail").queryAs(Label.class);
        assertTrue(shared.isVisible() && shared.getText().matches("Shared IPs?: \\d+\\.\\d+\\.\\d+\\.\\d+ .*"),
                "the group says which IPs its accounts share: " + shared.getText());
        verifyThat("account created", isVisible());
        javafx.scene.Node lanes = robot.lookup("#swim-lanes").query();
        javafx.geometry.Bounds b = lanes.localToScreen(lanes.getBoundsInLocal());
        robot.drag(b.getMinX() + 400, b.getMinY() + 40).moveTo(b.getMinX() + 600, b.getMinY() + 60).release(
                javafx.scene.input.MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> workbench.workspace().brushedRangeProperty().get() != null
                && robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("interactions in selected range")));
        TimeRange brushed = workbench.workspace().brushedRangeProperty().get();
        TableView<io.hydrascope.model.InteractionRow> table = robot.lookup("#cluster-interactions").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().stream().allMatch(r -> brushed.contains(r.timestampMicros())));
        robot.clickOn(lanes).type(KeyCode.DOWN);
        assertTrue(workbench.workspace().selectedAccountProperty().get() != null);
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));
    }

    @Test
    void helpAboutShowsTheVersionTheLicencesAndWhereTheDocumentationIs(FxRobot robot) {
        overviewLoaded(robot);
        robot.clickOn("Help").clickOn("About Hydrascope");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class);
        String text = ((Label) pane.getContent()).getText();
        assertTrue(text.startsWith("Hydrascope "), text);
        assertTrue(text.contains("• OpenJFX (JavaFX) — GNU General Public License v2 with the Classpath Exception"),
                text);
        assertTrue(text.contains("Documentation: ") && text.contains("README.md"), text);
        robot.clickOn("OK");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void closingTheCaseShowsTheStartScreenWithTheCaseAmongTheRecentOnes(FxRobot robot) {
        overviewLoaded(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("Recent cases").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        verifyThat("No scenario generator in this build.", isVisible());
        assertTrue(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().startsWith("demo.hcase")));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));
        verifyThat(".stat-value", node -> true);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().noneMatch(l -> l.isVisible()
                && "Traffic over time".equals(l.getText()) && l.getScene() != null && l.localToScene(0, 0) != null
                && isShowing(l)));
    }

    private static boolean isShowing(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
