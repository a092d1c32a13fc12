package io.hydrascope.ui.core;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;

/** A read against the open case, run on a reader thread; long reads report progress and check {@code cancel}. */
@FunctionalInterface
public interface CaseQuery<T> {
    T run(OpenCase openCase, ProgressListener progress, CancellationToken cancel) throws Exception;
}
