package io.hydrascope.ui.core;

/**
 * Runs background work off the FX thread. Two lanes: {@link Lane#READ} for queries (a small pool, each thread with
 * its own read connection) and {@link Lane#WRITE} for everything that writes to the case (one thread, in order).
 */
public interface TaskRunner {
    enum Lane { READ, WRITE }

    TaskHandle submit(TaskRequest<?> request);

    default <T> TaskRequest.Builder<T> read(String title, BackgroundWork<T> work) {
        return new TaskRequest.Builder<>(this, title, Lane.READ, work);
    }

    default <T> TaskRequest.Builder<T> write(String title, BackgroundWork<T> work) {
        return new TaskRequest.Builder<>(this, title, Lane.WRITE, work);
    }
}
