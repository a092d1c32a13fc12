package io.hydrascope.ui.core;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress bar and message of one long task a dialog runs (an import, a report), and the handle that cancels it.
 * The properties belong to the owning view model, so listeners see it as their bean. FX thread only.
 */
public final class TaskProgress {
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper text;
    private TaskHandle running;

    public TaskProgress(Object bean) {
        progress = new ReadOnlyDoubleWrapper(bean, "progress", -1);
        text = new ReadOnlyStringWrapper(bean, "progressText", "");
    }

    /** Shows the progress as unknown until the task reports any. */
    public void starting() {
        progress.set(-1);
    }

    /**
     * Keeps the handle of a started task for {@link #cancel}, and follows its progress while it still runs: a
     * synchronous runner may have finished it already.
     */
    public void follow(TaskHandle task, boolean stillRunning) {
        running = task;
        if (stillRunning) {
            progress.bind(task.progressProperty());
            text.bind(task.messageProperty());
        }
    }

    /** Stops following the task and shows {@code finalProgress} with no message. */
    public void stop(double finalProgress) {
        progress.unbind();
        text.unbind();
        progress.set(finalProgress);
        text.set("");
        running = null;
    }

    public void cancel() {
        if (running != null) {
            running.cancelWork();
        }
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
