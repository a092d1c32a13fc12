package io.hydrascope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.Workbench;
import io.hydrascope.ui.WorkbenchSettings;
import io.hydrascope.ui.analysis.AnalysisRun;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.core.Pages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Tags, bookmarks, the Evidence page, the filter bar and the jump-to field in the whole window, headless. */
@ExtendWith(ApplicationExtension.class)
class EvidenceFxTest {
    @TempDir
    static Path dir;
    static Path original;
    static int copies;
    Path casePath;
    Workbench workbench;

    @BeforeAll
    static void createCase() throws Exception {
        original = DemoCase.tiny(dir.resolve("original"));
    }

    @Start
    void start(Stage stage) throws Exception {
        casePath = dir.resolve("case-" + (++copies) + ".hcase");
        Files.copy(original, casePath);
        FakeAnalysisResults results = new FakeAnalysisResults();
        results.run = new AnalysisRun("r1", Instant.EPOCH, "3 clusters");
        results.clusters = List.of(
                new ClusterSummary("1", "Network 1", 40, 900, 0.81, true, List.of(), Map.of()),
                new ClusterSummary("2", "Network 2", 12, 300, 0.45, true, List.of(), Map.of()),
                new ClusterSummary("3", "Group 3", 90, 2000, 0.05, false, List.of(), Map.of()));
        workbench = new Workbench(new WorkbenchSettings(dir.resolve("home-" + copies), Optional.of(casePath),
                List.of(), null), results, (store, p, c) -> "nothing to do", DemoCaseGenerator.NONE);
        workbench.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
    }

    private void overviewLoaded(FxRobot robot) {
        FxTestSupport.waitForOverview(robot,
                () -> robot.lookup("#cluster-table").queryTableView().getItems().size() == 3);
    }

    private void jump(FxRobot robot, String text) {
        robot.clickOn("#jump-to").write(text).type(KeyCode.ENTER);
    }

    private static boolean showsLabel(FxRobot robot, String selector, java.util.function.Predicate<String> text) {
        return robot.lookup(selector).queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible()
                && l.getText() != null && text.test(l.getText()));
    }

    @Test
    void aTagOnAnAccountIsStillShownAfterTheCaseIsClosedAndOpenedAgain(FxRobot robot) {
        overviewLoaded(robot);
        String account = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id").get(2);
        jump(robot, account);
        FxTestSupport.waitUntil(() -> showsLabel(robot, ".page-title", account::equals));
        robot.clickOn("#tag-account");
        robot.clickOn("Tag: confirmed  (C)");
        FxTestSupport.waitUntil(() -> showsLabel(robot, "#account-tags", "confirmed"::equals));

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> workbench.workspace().openCase() == null);
        robot.interact(() -> workbench.cases().open(casePath));
        overviewLoaded(robot);
        jump(robot, account);
        FxTestSupport.waitUntil(() -> showsLabel(robot, ".page-title", account::equals)
                && showsLabel(robot, "#account-tags", "confirmed"::equals));
        assertEquals(1, CaseDb.count(casePath, "SELECT count(*) FROM annotations WHERE target_kind = 'account' "
                + "AND target_id = '" + account + "' AND tag = 'confirmed'"));
    }

    @Test
    void theNameSetInSettingsSignsANoteWrittenOnSeveralLinesInTheNoteDialog(FxRobot robot) throws Exception {
        overviewLoaded(robot);
        robot.clickOn("File").clickOn("Settings…");
        robot.clickOn("#settings-analyst").write("Dana Kowalski");
        robot.clickOn("OK");
        assertEquals("Dana Kowalski", workbench.userSettings().signature());
        Path settings = dir.resolve("home-" + copies).resolve("settings.properties");
        FxTestSupport.waitUntil(() -> Files.exists(settings)
                && Files.readString(settings).contains("analyst.name=Dana Kowalski"));

        String account = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id").get(1);
        jump(robot, account);
        FxTestSupport.waitUntil(() -> showsLabel(robot, ".page-title", account::equals));
        robot.clickOn("#tag-account");
        robot.clickOn("Add note…  (N)");
        FxTestSupport.waitUntil(() -> robot.lookup("#note-text").tryQuery().isPresent());
        assertTrue(robot.lookup("Note on account " + account).tryQuery().isPresent(), "says what it is attached to");
        assertEquals("Signed as Dana Kowalski · change it in File → Settings…",
                robot.lookup("#note-signature").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#note-text").query() instanceof javafx.scene.control.TextArea);
        robot.clickOn("#note-text").write("Pays with the campaign's card.");
        robot.type(KeyCode.ENTER).write("Check the sign-up burst.");
        robot.clickOn("OK");
        FxTestSupport.waitUntil(() -> CaseDb.count(casePath, "SELECT count(*) FROM annotations WHERE target_id = '"
                + account + "' AND author = 'Dana Kowalski' AND note = 'Pays with the campaign''s card.' || char(10) "
                + "|| 'Check the sign-up burst.'") == 1);
    }

    @Test
    void aBookmarkedInteractionIsListedOnTheEvidencePageAndOpensFromThere(FxRobot robot) {
        overviewLoaded(robot);
        TableView<?> busiest = robot.lookup("#busiest-accounts").queryTableView();
        String account = ((io.hydrascope.model.AccountVolume) busiest.getItems().get(0)).accountId();
        robot.interact(() -> workbench.workspace().openAccount(account));
        TableView<InteractionRow> table = robot.lookup("#account-interactions").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() > 3);
        robot.clickOn(robot.lookup("#account-interactions .table-row-cell").nth(2).queryAs(Node.class));
        InteractionRow chosen = table.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.B);
        FxTestSupport.waitUntil(() -> robot.lookup("★ ").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertEquals(Pages.EVIDENCE, workbench.workspace().activePageProperty().get());
        TableView<EvidenceItem> evidence = robot.lookup("#evidence-table").queryTableView();
        FxTestSupport.waitUntil(() -> evidence.getItems().size() == 1 && evidence.getItems().get(0).accountId() != null);
        EvidenceItem item = evidence.getItems().get(0);
        assertEquals(chosen.requestId(), item.item());
        assertEquals(account, item.accountId());
        assertTrue(robot.lookup(chosen.requestId()).tryQuery().isPresent(), "the request id is on screen");
        assertTrue(robot.lookup("★ evidence").tryQuery().isPresent());
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));

        robot.interact(() -> workbench.workspace().selectedAccountProperty().set(null));
        robot.doubleClickOn(chosen.requestId());
        FxTestSupport.waitUntil(() -> Pages.ACCOUNT.equals(workbench.workspace().activePageProperty().get())
                && table.getSelectionModel().getSelectedItem() != null
                && chosen.requestId().equals(table.getSelectionModel().getSelectedItem().requestId()));
    }

    @Test
    void theRiskFilterChangesWhatTheOverviewRanks(FxRobot robot) {
        overviewLoaded(robot);
        TableView<ClusterSummary> clusters = robot.lookup("#cluster-table").queryTableView();
        Node slider = robot.lookup("#risk-filter").query();
        javafx.geometry.Bounds b = slider.localToScreen(slider.getBoundsInLocal());
        robot.clickOn(b.getMinX() + b.getWidth() * 0.6, b.getCenterY());
        FxTestSupport.waitUntil(() -> workbench.workspace().filter().minRisk() > 0.05);
        double min = workbench.workspace().filter().minRisk();
        FxTestSupport.waitUntil(() -> clusters.getItems().size() < 3
                && clusters.getItems().stream().allMatch(c -> c.risk() >= min));
        assertTrue(showsLabel(robot, "#clusters-filter-note", t -> t.endsWith(" of 3 clusters pass the filters")));
        assertTrue(showsLabel(robot, "#filter-summary", "1 filter on"::equals));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, workbench.root()));

        robot.clickOn("#clear-filters");
        FxTestSupport.waitUntil(() -> clusters.getItems().size() == 3);
        assertEquals(0, ((javafx.scene.control.Slider) slider).getValue(), 1e-9, "the slider follows the filter");
    }

    @Test
    void theJumpToFieldFindsTheAccountsOfAnIpAndTheInteractionOfARequestId(FxRobot robot) {
        overviewLoaded(robot);
        String ip = CaseDb.column(casePath, "SELECT ip FROM interactions WHERE ip IS NOT NULL GROUP BY ip "
                + "ORDER BY count(DISTINCT account_ref) DESC, ip LIMIT 1").get(0);
        long users = CaseDb.count(casePath, "SELECT count(DISTINCT account_ref) FROM interactions WHERE ip = '"
                + ip + "'");
        jump(robot, ip);
        FxTestSupport.waitUntil(() -> showsLabel(robot, ".page-title",
                ("Accounts that used IP " + ip + " (" + users + ")")::equals));
        FxTestSupport.waitUntil(() -> !robot.lookup("#cluster-interactions").queryTableView().getItems().isEmpty());
        assertEquals(Pages.CLUSTER, workbench.workspace().activePageProperty().get());

        String[] req = CaseDb.column(casePath, "SELECT i.request_id || ' ' || a.account_id FROM interactions i "
                + "JOIN accounts a ON a.id = i.account_ref ORDER BY i.id LIMIT 1 OFFSET 500").get(0).split(" ");
        jump(robot, req[0]);
        TableView<InteractionRow> table = robot.lookup("#account-interactions").queryTableView();
        FxTestSupport.waitUntil(() -> showsLabel(robot, ".page-title", req[1]::equals)
                && table.getSelectionModel().getSelectedItem() != null
                && req[0].equals(table.getSelectionModel().getSelectedItem().requestId()));

        jump(robot, "no such thing");
        FxTestSupport.waitUntil(() -> showsLabel(robot, "#jump-note", t -> t.startsWith("No account, request id")));
    }
}
