package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;

/** What a person can do to a timeline; implemented by the view model that owns the shown window. */
public interface TimelineNavigation {
    /** Zooms by {@code factor} (below 1 zooms in) around {@code anchor} (0 = left edge, 1 = right edge). */
    void zoom(double factor, double anchor);

    /** Moves by {@code fraction} of the window (negative: to the past). */
    void pan(double fraction);

    /** Shows everything. */
    void resetZoom();

    /** Selects a time range (null clears the selection). */
    void brush(TimeRange range);

    /** Zooms to the selected range, if any. */
    void zoomToBrush();
}
