package io.hydrascope.ui.core;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ProgressListener;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on the {@link WorkbenchExecutors}. The engine's progress calls are forwarded at most
 * four times a second (each update repaints, and software rendering is dear), and cancelling a task cancels the
 * engine's token instead of abandoning the thread, so work always ends cleanly (an import commits what it has) before
 * the task ends.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final WorkbenchExecutors executors;
    private final Consumer<Throwable> defaultFailure;
    private final ObservableList<Task<?>> visibleTasks = FXCollections.observableArrayList();

    public FxTaskRunner(WorkbenchExecutors executors, Consumer<Throwable> defaultFailure) {
        this.executors = executors;
        this.defaultFailure = defaultFailure;
    }

    /** Long-running tasks, for the status area, in start order; a task leaves the list when it ends. FX thread. */
    public ObservableList<Task<?>> visibleTasks() {
        return visibleTasks;
    }

    @Override
    public TaskHandle submit(TaskRequest<?> request) {
        WorkbenchTask<?> task = new WorkbenchTask<>(request);
        if (request.visible()) {
            if (Platform.isFxApplicationThread()) {
                visibleTasks.add(task);
            } else {
                Platform.runLater(() -> visibleTasks.add(task));
            }
        }
        (request.lane() == Lane.WRITE ? executors.writer() : executors.readers()).execute(task);
        return task;
    }

    private final class WorkbenchTask<T> extends Task<T> implements TaskHandle {
        private final TaskRequest<T> request;
        private final CancellationToken token = new CancellationToken();
        private long lastProgress;

        WorkbenchTask(TaskRequest<T> request) {
            this.request = request;
            updateTitle(request.title());
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            token.throwIfCancelled();
            return request.work().run(new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                    long now = System.nanoTime();
                    if (now - lastProgress < PROGRESS_INTERVAL_NANOS && (total <= 0 || done < total)) {
                        return;
                    }
                    lastProgress = now;
                    updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                    updateMessage(message);
                }
            }, token);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            token.cancel();
            updateMessage("cancelling…");
            return true;
        }

        @Override
        public void cancelWork() {
            cancel(false);
        }

        @Override
        protected void succeeded() {
            visibleTasks.remove(this);
            request.onSuccess().accept(getValue());
        }

        @Override
        protected void failed() {
            visibleTasks.remove(this);
            Throwable e = getException();
            if (e instanceof CancelledException) {
                request.onCancelled().run();
            } else if (request.onFailure() != null) {
                request.onFailure().accept(e);
            } else {
                defaultFailure.accept(e);
            }
        }
    }
}
