package io.hydrascope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ui.FxTestSupport;
import java.util.concurrent.CountDownLatch;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar's task area: the task in front, its progress, and the full list on request. */
@ExtendWith(ApplicationExtension.class)
class TaskStatusFxTest {
    final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    TaskStatus status;

    @Start
    void start(Stage stage) {
        // the status bar as the window has it, with a long case line on its left, in a 1280-pixel-wide window
        javafx.scene.layout.HBox bar = ShellView.statusArea(new javafx.beans.property.SimpleStringProperty(
                "/home/analyst/investigations/2026/hydra-campaign/sample.hcase · 3,294 accounts · 0 quarantined · "
                        + "search ready · Times in UTC"), running);
        status = (TaskStatus) bar.getChildren().get(2);
        BorderPane root = new BorderPane();
        root.setBottom(bar);
        stage.setScene(new Scene(root, 1280, 300));
        stage.show();
    }

    @Test
    void showsTheRunningTaskWithItsProgressAndListsAllTasksOnRequest(FxRobot robot) throws Exception {
        Hyperlink count = robot.lookup("#task-status-count").queryAs(Hyperlink.class);
        assertEquals("No tasks running", count.getText());
        assertTrue(count.isDisabled());

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch halfway = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle("Importing logs.csv");
                updateMessage("512,000 rows");
                updateProgress(50, 100);
                halfway.countDown();
                release.await();
                return null;
            }
        };
        Task<Void> waiting = new Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        };
        robot.interact(() -> running.addAll(waiting, task));
        Thread worker = new Thread(task);
        worker.start();
        halfway.await();
        FxTestSupport.waitUntil(() -> "Importing logs.csv: 512,000 rows".equals(
                robot.lookup("#task-status-current").queryAs(Label.class).getText()));
        assertEquals(0.5, robot.lookup("#task-status-progress").queryAs(ProgressBar.class).getProgress(), 1e-9,
                "the running task is shown, not the one still waiting in front of it");
        assertEquals("2 tasks running", count.getText());

        robot.clickOn(count);
        FxTestSupport.waitUntil(() -> status.list().getScene() != null && status.list().getScene().getWindow()
                .isShowing());
        assertEquals(2, status.list().getTasks().size());

        release.countDown();
        worker.join();
        robot.interact(() -> running.removeAll(task, waiting));
        FxTestSupport.waitUntil(() -> "No tasks running".equals(count.getText()));
        assertFalse(robot.lookup("#task-status-current").queryAs(Label.class).isVisible());
    }

    @Test
    void aLongProgressMessageIsShownWholeAndAlsoInTheTooltip(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle("Opening the sample case");
                updateMessage("file 3 of 3: reading and checking rows, 120,000 of 200,821 (60%)");
                started.countDown();
                release.await();
                return null;
            }
        };
        robot.interact(() -> running.add(task));
        Thread worker = new Thread(task);
        worker.start();
        started.await();
        String text = "Opening the sample case: file 3 of 3: reading and checking rows, 120,000 of 200,821 (60%)";
        Label current = robot.lookup("#task-status-current").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> text.equals(current.getText()));
        assertEquals(java.util.List.of(), FxTestSupport.cutOffTexts(robot, status), "the task keeps its text whole");
        assertEquals(text, current.getTooltip().getText());
        Label caseLine = robot.lookup("#case-status").queryAs(Label.class);
        assertTrue(caseLine.getWidth() < caseLine.prefWidth(-1), "the case line gave way");
        assertEquals(caseLine.getText(), caseLine.getTooltip().getText(), "and is whole in its tooltip");
        release.countDown();
        worker.join();
        robot.interact(() -> running.remove(task));
    }
}
