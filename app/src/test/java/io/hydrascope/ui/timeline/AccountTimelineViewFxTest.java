package io.hydrascope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.analysis.AccountResult;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.ui.analysis.SignalSummary;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.AnnotationActions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The account page at the size it has in a 1280 × 800 window: every signal of the analysis can be read. */
@ExtendWith(ApplicationExtension.class)
class AccountTimelineViewFxTest {
    @TempDir
    static Path dir;
    static Path casePath;
    static String account;
    WorkspaceState workspace;
    FakeAnalysisResults results;
    AccountTimelineView view;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
        account = CaseDb.column(casePath, "SELECT account_id FROM accounts ORDER BY account_id LIMIT 1").get(0);
    }

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.open(casePath);
        results = new FakeAnalysisResults();
        DirectTaskRunner tasks = new DirectTaskRunner();
        AccountTimelineViewModel vm = new AccountTimelineViewModel(workspace, tasks, results);
        view = new AccountTimelineView(vm, new AnnotationActions(workspace, tasks, new RecordingDialogs(),
                AnnotationActions.Signature.systemUser()));
        // the page's share of a 1280 × 800 window, under the menu, header, filter bar and tabs
        FxTestSupport.show(stage, view, 1280, 660);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> TestWorkspaces.close(workspace));
    }

    @Test
    void everySignalOfTheAnalysisCanBeScrolledIntoViewAndNoneIsSqueezed(FxRobot robot) {
        List<SignalSummary> signals = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            signals.add(new SignalSummary("signal " + i, "value " + i + " measured over the account's whole "
                    + "active period", "normal " + i + " for ordinary accounts", 0.5));
        }
        results.accounts.put(account, new AccountResult(account, "3", 0.71, true, "coding", signals));
        robot.interact(() -> workspace.openAccount(account));
        FxTestSupport.waitUntil(() -> robot.lookup("." + Styles.SIGNAL).queryAll().size() == signals.size());

        ScrollPane scroll = robot.lookup("#account-analysis-scroll").queryAs(ScrollPane.class);
        List<Label> shown = robot.lookup("." + Styles.SIGNAL).queryAllAs(Label.class).stream().toList();
        for (Label l : shown) {
            assertTrue(l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5, "'" + l.getText() + "' is "
                    + l.getHeight() + " high, needs " + l.prefHeight(l.getWidth()));
        }
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight(),
                "at this size the signals need more room than the card has, so the card scrolls");

        Label last = shown.get(shown.size() - 1);
        assertEquals("• signal 9: value 9 measured over the account's whole active period (normal: normal 9 for "
                + "ordinary accounts)", last.getText());
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.interact(() -> view.layout());
        assertTrue(inside(last, scroll), "the last signal is in view after scrolling to the end");
        robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
        assertTrue(inside(robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Risk 0.71")).findFirst().orElseThrow(), scroll));
    }

    private static boolean inside(Node node, ScrollPane scroll) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= viewport.getMinY() - 0.5 && b.getMaxY() <= viewport.getMaxY() + 0.5
                && b.getHeight() > 0;
    }
}
