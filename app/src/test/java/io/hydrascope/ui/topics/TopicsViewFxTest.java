package io.hydrascope.ui.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.TopicStat;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The topics page on the analysed case, with real background queries. */
@ExtendWith(ApplicationExtension.class)
class TopicsViewFxTest {
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    TopicsView view;
    final List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        executors = new WorkbenchExecutors(2);
        FxTaskRunner tasks = new FxTaskRunner(executors, errors::add);
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        workspace.activePageProperty().set(Pages.TOPICS);
        TopicsViewModel vm = new TopicsViewModel(workspace, tasks);
        view = new TopicsView(vm, new TemplateFamiliesViewModel(workspace, tasks, vm.scopeProperty()));
        FxTestSupport.show(stage, view, 1280, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> TestWorkspaces.close(workspace));
        executors.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void showsTopicRowsWithSharesAndListsATopicsPromptsWhenClicked(FxRobot robot) throws Exception {
        TableView<TopicStat> topics = table(robot, "#topic-table");
        FxTestSupport.waitUntil(() -> !topics.getItems().isEmpty());
        verifyThat("Whole case", isVisible());
        verifyThat("general", isVisible());
        TopicStat first = topics.getItems().get(0);
        verifyThat(TopicText.percent(first.share()), isVisible());
        assertTrue(robot.lookup("#topics-summary").queryLabeled().getText().contains("chain-of-thought asked in"));
        robot.clickOn("coding");
        TableView<PromptRow> prompts = table(robot, "#topic-prompts");
        FxTestSupport.waitUntil(() -> !prompts.getItems().isEmpty());
        assertTrue(prompts.getItems().stream().allMatch(r -> r.topic().equals("coding")));
        assertTrue(robot.lookup("#topic-prompts-page").queryLabeled().getText().endsWith("coding prompts"));
        robot.interact(() -> prompts.getSelectionModel().select(0));
        PromptRow row = prompts.getItems().get(0);
        FxTestSupport.waitUntil(() -> row.requestId().equals(workspace.selectedInteractionProperty().get()));
        TextArea text = robot.lookup("#topic-prompt-text").queryAs(TextArea.class);
        FxTestSupport.waitUntil(() -> text.getText().length() >= Math.min(row.promptLength(), 20));
        assertEquals(row.accountId(), workspace.selectedAccountProperty().get());
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, view));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void switchingToTheSelectedClusterShowsItsFamiliesWithTheSkeletonHighlighted(FxRobot robot) throws Exception {
        long cluster = AnalysedCase.campaignCluster();
        robot.interact(() -> workspace.selectedClusterProperty().set(new ClusterSelection(Long.toString(cluster),
                "Network 1 (10 accounts)", List.of())));
        robot.clickOn("Selected network");
        FxTestSupport.waitUntil(() -> robot.lookup("#topics-scope-title").queryLabeled().getText()
                .equals("Network 1 (10 accounts)"));
        robot.clickOn("Template families");
        TableView<FamilyUsage> families = table(robot, "#family-table");
        FxTestSupport.waitUntil(() -> !families.getItems().isEmpty());
        robot.interact(() -> families.getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> !robot.lookup("#family-accounts").queryAs(TableView.class).getItems().isEmpty());
        FxTestSupport.waitUntil(() -> !robot.lookup("#family-examples").queryAs(ListView.class).getItems().isEmpty());
        verifyThat("#family-skeleton", isVisible());
        TextFlow skeleton = robot.lookup("#family-skeleton").queryAs(TextFlow.class);
        assertTrue(skeleton.getChildren().stream().anyMatch(n -> n.getStyleClass()
                .contains(SkeletonText.LITERAL)));
        FxTestSupport.waitUntil(() -> !robot.lookup("#family-examples ." + SkeletonText.LITERAL).queryAll().isEmpty());
        Text literal = robot.lookup("#family-examples ." + SkeletonText.LITERAL).queryAs(Text.class);
        assertFalse(literal.getText().isBlank());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
