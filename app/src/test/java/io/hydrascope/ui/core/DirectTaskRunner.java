package io.hydrascope.ui.core;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs every task at once on the calling thread: view models become testable without a toolkit or waiting. */
public final class DirectTaskRunner implements TaskRunner {
    private final List<String> titles = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();

    /** One progress report as the work made it (the window throttles these; tests see them all). */
    public record Progress(long done, long total, String message) {
    }

    /** Every progress report of every task so far, in order. */
    public List<Progress> progress() {
        return progress;
    }

    /** Titles of the tasks run so far, in order. */
    public List<String> titles() {
        return titles;
    }

    /** Failures no task handled (the window would show them in an error dialog). */
    public List<Throwable> unhandled() {
        return unhandled;
    }

    @Override
    public TaskHandle submit(TaskRequest<?> request) {
        titles.add(request.title());
        return run(request);
    }

    private <T> TaskHandle run(TaskRequest<T> request) {
        Handle handle = new Handle();
        try {
            T value = request.work().run((done, total, message) -> {
                progress.add(new Progress(done, total, message));
                handle.progress.set(total > 0 ? done / (double) total : -1);
                handle.message.set(message);
            }, handle.token);
            request.onSuccess().accept(value);
        } catch (CancelledException e) {
            request.onCancelled().run();
        } catch (Exception e) {
            if (request.onFailure() != null) {
                request.onFailure().accept(e);
            } else {
                unhandled.add(e);
            }
        }
        return handle;
    }

    private static final class Handle implements TaskHandle {
        final CancellationToken token = new CancellationToken();
        final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

        @Override
        public void cancelWork() {
            token.cancel();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }
    }
}
