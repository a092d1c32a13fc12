package io.hydrascope.ui.shell;

import io.hydrascope.ui.core.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * The running tasks in the status bar: the task in front (title, message and a progress bar) and a link that lists
 * every task, with its progress and a cancel button, in a pop-over. It keeps a fixed height, so a task starting or
 * ending never re-lays-out the pages above it (that relayout and repaint was the longest FX pause during imports).
 */
final class TaskStatus extends HBox {
    /** The running task's text gets up to this many pixels. */
    static final double MAX_TEXT_WIDTH = 640;
    private final ObservableList<Task<?>> running;
    private final TaskProgressView<Task<?>> list = new TaskProgressView<>();
    private final Label current = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Hyperlink count = new Hyperlink();
    private final PopOver popOver = new PopOver(list);
    private Task<?> shown;

    TaskStatus(ObservableList<Task<?>> running) {
        super(8);
        this.running = running;
        setAlignment(Pos.CENTER_RIGHT);
        list.getTasks().setAll(running); // the list drops each task itself when it ends
        list.setPrefWidth(460);
        running.addListener((ListChangeListener<Task<?>>) change -> {
            while (change.next()) {
                list.getTasks().addAll(change.getAddedSubList());
                change.getAddedSubList().forEach(t -> t.stateProperty().addListener((o, a, b) -> follow()));
            }
            follow();
        });
        running.forEach(t -> t.stateProperty().addListener((o, a, b) -> follow()));
        current.setId("task-status-current");
        current.setTextOverrun(OverrunStyle.ELLIPSIS);
        // as wide as its text up to MAX_TEXT_WIDTH (the case line on the left gives way first); cut beyond
        // that, with the whole text in the tooltip
        current.setMinWidth(120);
        current.setMaxWidth(MAX_TEXT_WIDTH);
        current.setAlignment(Pos.CENTER_RIGHT);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(current.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        current.setTooltip(whole);
        bar.setId("task-status-progress");
        bar.setPrefWidth(140);
        count.setId("task-status-count");
        count.getStyleClass().add(Styles.MUTED);
        count.setTooltip(new Tooltip("List running tasks, with their progress and a cancel button"));
        count.textProperty().bind(Bindings.createStringBinding(() -> running.isEmpty() ? "No tasks running"
                : running.size() + (running.size() == 1 ? " task running" : " tasks running"), running));
        count.disableProperty().bind(Bindings.isEmpty(running));
        count.setOnAction(e -> {
            count.setVisited(false);
            if (popOver.isShowing()) {
                popOver.hide();
            } else {
                popOver.show(count);
            }
        });
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setTitle("Running tasks");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        current.managedProperty().bind(current.visibleProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(current, bar, count);
        follow();
    }

    /** The list shown in the pop-over. */
    TaskProgressView<Task<?>> list() {
        return list;
    }

    /** Shows the first running task (or the first waiting one); hides the pop-over when nothing runs any more. */
    private void follow() {
        Task<?> front = running.stream().filter(t -> t.getState() == Worker.State.RUNNING).findFirst()
                .orElse(running.isEmpty() ? null : running.get(0));
        if (front == shown) {
            return;
        }
        shown = front;
        current.textProperty().unbind();
        bar.progressProperty().unbind();
        if (front == null) {
            current.setText("");
            bar.setProgress(0);
            popOver.hide();
        } else {
            current.textProperty().bind(Bindings.createStringBinding(() -> front.getMessage() == null
                    || front.getMessage().isBlank() ? front.getTitle() : front.getTitle() + ": " + front.getMessage(),
                    front.titleProperty(), front.messageProperty()));
            // An indeterminate bar animates every frame; with software rendering that is a steady cost, so a task
            // without a known total shows an empty bar instead.
            bar.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, front.getProgress()),
                    front.progressProperty()));
        }
        current.setVisible(front != null);
        bar.setVisible(front != null);
    }
}
