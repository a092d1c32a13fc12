package io.hydrascope.model;

/**
 * Receives progress of long work. Implementations must be cheap and thread-safe: core code calls it from worker
 * threads, throttled (every few thousand rows), never once per row.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done units finished so far
     * @param total units in all, or -1 when unknown
     * @param message what is being done, for a status line
     */
    void progress(long done, long total, String message);

    /**
     * Records finished so far, for work whose {@code done} counts something else (an import counts bytes, which
     * tells how much is left, and rows, which tell how fast it goes). Called no more often than {@link #progress}, just before it.
     */
    default void rowsDone(long rows) {
    }
}
