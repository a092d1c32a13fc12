package io.hydrascope.ui.core;

import io.hydrascope.model.CancelledException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One piece of background work and what to do with its outcome. Callbacks run on the FX thread. Work that ends with
 * a {@link CancelledException} calls {@code onCancelled}; any other exception calls {@code onFailure}, or the
 * runner's default error reporting when none is given.
 *
 * @param visible whether the status area lists the task (long work); quick queries stay out of it
 */
public record TaskRequest<T>(String title, TaskRunner.Lane lane, boolean visible, BackgroundWork<T> work,
                             Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {

    /** Fluent construction: {@code tasks.read("Loading", work).onSuccess(...).start()}. */
    public static final class Builder<T> {
        private final TaskRunner runner;
        private final String title;
        private final TaskRunner.Lane lane;
        private final BackgroundWork<T> work;
        private boolean visible;
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onFailure;
        private Runnable onCancelled = () -> { };

        Builder(TaskRunner runner, String title, TaskRunner.Lane lane, BackgroundWork<T> work) {
            this.runner = runner;
            this.title = Objects.requireNonNull(title);
            this.lane = lane;
            this.work = Objects.requireNonNull(work);
        }

        /** Lists the task in the status area with its progress and a cancel button. */
        public Builder<T> visible() {
            this.visible = true;
            return this;
        }

        public Builder<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = action;
            return this;
        }

        public Builder<T> onFailure(Consumer<Throwable> action) {
            this.onFailure = action;
            return this;
        }

        public Builder<T> onCancelled(Runnable action) {
            this.onCancelled = action;
            return this;
        }

        public TaskHandle start() {
            return runner.submit(new TaskRequest<>(title, lane, visible, work, onSuccess, onFailure, onCancelled));
        }
    }
}
