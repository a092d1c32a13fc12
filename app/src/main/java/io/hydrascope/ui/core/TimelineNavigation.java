package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;
import javafx.beans.property.ObjectProperty;

/**
 * What a person can do to a timeline; implemented by the view model that owns the shown window. The view model
 * supplies its window, its bounds, how to show a new window and the shared brushed range; zooming, panning and
 * brushing are the same for every timeline.
 */
public interface TimelineNavigation {
    /** The window shown now, or null before anything is loaded. */
    TimeRange shownWindow();

    /** Everything there is to show, or null before anything is loaded. */
    TimeRange windowBounds();

    /** Shows a new window (and reloads what depends on it). */
    void showWindow(TimeRange window);

    /** The time range selected across views. */
    ObjectProperty<TimeRange> brushedRange();

    /** Zooms by {@code factor} (below 1 zooms in) around {@code anchor} (0 = left edge, 1 = right edge). */
    default void zoom(double factor, double anchor) {
        if (shownWindow() != null) {
            showWindow(Viewport.zoom(shownWindow(), factor, anchor, windowBounds()));
        }
    }

    /** Moves by {@code fraction} of the window (negative: to the past). */
    default void pan(double fraction) {
        if (shownWindow() != null) {
            showWindow(Viewport.pan(shownWindow(), fraction, windowBounds()));
        }
    }

    /** Shows everything. */
    default void resetZoom() {
        showWindow(windowBounds());
    }

    /** Selects a time range (null clears the selection). */
    default void brush(TimeRange range) {
        brushedRange().set(range);
    }

    /** Zooms to the selected range, if any. */
    default void zoomToBrush() {
        TimeRange brush = brushedRange().get();
        if (brush != null && windowBounds() != null) {
            showWindow(Viewport.clamp(new TimeRange(brush.fromMicros(),
                    Math.max(brush.toMicros(), brush.fromMicros() + Viewport.MIN_SPAN)), windowBounds()));
        }
    }
}
