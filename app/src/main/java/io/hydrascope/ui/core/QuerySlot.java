package io.hydrascope.ui.core;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One kind of read a view model keeps current (an account's activity, a cluster's lanes). A newer request cancels
 * and supersedes the older one, whose result is dropped; so is a result that arrives after the case changed.
 * An optional delay on the reader thread lets rapid requests (zooming with the wheel) collapse into one query
 * without any timer on the FX thread. FX thread only.
 */
public final class QuerySlot {
    private final TaskRunner tasks;
    private final WorkspaceState workspace;
    private final String title;
    private final boolean visible;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long generation;
    private TaskHandle running;

    public QuerySlot(TaskRunner tasks, WorkspaceState workspace, String title) {
        this(tasks, workspace, title, false);
    }

    /** @param visible whether the status area lists the query with its progress (reads that take seconds) */
    public QuerySlot(TaskRunner tasks, WorkspaceState workspace, String title, boolean visible) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.title = title;
        this.visible = visible;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Runs {@code query} now, superseding any earlier one. Does nothing without an open case. */
    public <T> void run(CaseQuery<T> query, Consumer<? super T> onResult, Consumer<Throwable> onError) {
        run(0, query, onResult, onError);
    }

    /** Runs {@code query} after {@code delayMillis} on the reader thread, unless a newer request came first. */
    public <T> void run(long delayMillis, CaseQuery<T> query, Consumer<? super T> onResult,
                        Consumer<Throwable> onError) {
        cancel();
        OpenCase openCase = workspace.openCase();
        if (openCase == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        TaskRequest.Builder<T> builder = tasks.read(title, (progress, token) -> {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            token.throwIfCancelled();
            return query.run(openCase, progress, token);
        });
        if (visible) {
            builder.visible();
        }
        running = builder.onSuccess(result -> {
            if (isCurrent(mine, openCase)) {
                loading.set(false);
                onResult.accept(result);
            }
        }).onFailure(error -> {
            if (isCurrent(mine, openCase)) {
                loading.set(false);
                onError.accept(error);
            }
        }).onCancelled(() -> {
            if (isCurrent(mine, openCase)) {
                loading.set(false);
            }
        }).start();
    }

    /** Cancels the running request; its result will be dropped. */
    public void cancel() {
        generation++;
        if (running != null) {
            running.cancelWork();
            running = null;
        }
        loading.set(false);
    }

    private boolean isCurrent(long mine, OpenCase openCase) {
        return mine == generation && workspace.openCase() == openCase && !openCase.isClosed();
    }
}
