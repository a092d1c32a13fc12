package io.hydrascope.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The search page on a copy of the analysed case whose index is not built yet. */
@ExtendWith(ApplicationExtension.class)
class SearchViewFxTest {
    @TempDir
    static Path dir;
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    SearchView view;
    final List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path copy = dir.resolve("search-" + System.nanoTime() + ".hcase");
        Files.copy(AnalysedCase.shared(), copy);
        executors = new WorkbenchExecutors(2);
        FxTaskRunner tasks = new FxTaskRunner(executors, errors::add);
        workspace = TestWorkspaces.open(copy);
        workspace.activePageProperty().set(Pages.SEARCH);
        view = new SearchView(new SearchViewModel(workspace, tasks));
        FxTestSupport.show(stage, view, 1200, 700);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> TestWorkspaces.close(workspace));
        executors.close();
    }

    private void buildIndex(FxRobot robot) {
        robot.interact(() -> {
            workspace.openCase().writer().promptIndex().build(ProgressListener.NONE, new CancellationToken());
            workspace.searchReadyProperty().set(true);
        });
    }

    @Test
    void saysTheIndexIsNotReadyThenFindsPromptsWithTheMatchHighlighted(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#search-index-note").queryLabeled().isVisible());
        assertTrue(robot.lookup("#search-index-note").queryLabeled().getText()
                .startsWith("The search index is still being built"));
        buildIndex(robot);
        FxTestSupport.waitUntil(() -> !robot.lookup("#search-index-note").queryLabeled().isVisible());
        robot.clickOn("#search-field").write("Lisbon").type(javafx.scene.input.KeyCode.ENTER);
        TableView<?> hits = robot.lookup("#search-hits").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !hits.getItems().isEmpty());
        FxTestSupport.waitUntil(() -> !robot.lookup("#search-hits ." + SearchView.MATCH).queryAll().isEmpty());
        Set<String> highlighted = robot.lookup("#search-hits ." + SearchView.MATCH).queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Lisbon"), highlighted);
        verifyThat("#search-index-note", isInvisible());
        robot.interact(() -> hits.getSelectionModel().select(0));
        PromptRow hit = (PromptRow) hits.getItems().get(0);
        FxTestSupport.waitUntil(() -> hit.requestId().equals(workspace.selectedInteractionProperty().get()));
        FxTestSupport.waitUntil(() -> !robot.lookup("#search-detail ." + SearchView.MATCH).queryAll().isEmpty());
        assertEquals("Lisbon", robot.lookup("#search-detail ." + SearchView.MATCH).queryLabeled().getText());
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, view));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aMalformedQueryIsExplainedNotThrown(FxRobot robot) {
        buildIndex(robot);
        robot.clickOn("Query syntax");
        robot.clickOn("#search-field").write("(pytest OR").type(javafx.scene.input.KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#search-result-note").queryLabeled().getText()
                .contains("is not a valid query"));
        verifyThat("#search-result-note", isVisible());
        assertTrue(robot.lookup("#search-result-note").queryLabeled().getStyleClass().contains(Styles.ERROR_NOTE));
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
