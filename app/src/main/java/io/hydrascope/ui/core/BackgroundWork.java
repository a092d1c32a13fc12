package io.hydrascope.ui.core;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;

/** Work for a background thread, written against the engine's progress and cancellation types only. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
