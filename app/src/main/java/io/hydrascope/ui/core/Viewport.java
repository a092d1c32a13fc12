package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;

/**
 * Zoom and pan arithmetic for a time window inside fixed bounds: zooming keeps the time under the pointer where it
 * is, no window is narrower than {@link #MIN_SPAN} or wider than the bounds, and panning stops at the edges.
 */
public final class Viewport {
    /** Twenty seconds: enough to tell requests apart that are a second apart. */
    public static final long MIN_SPAN = 20 * TimeAxis.SECOND;

    private Viewport() {
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) around the point at {@code anchor} (0 = left edge, 1 = right edge).
     */
    public static TimeRange zoom(TimeRange window, double factor, double anchor, TimeRange bounds) {
        double a = Math.max(0, Math.min(1, anchor));
        long span = window.spanMicros();
        long newSpan = Math.max(MIN_SPAN, Math.min(bounds.spanMicros(), Math.round(span * factor)));
        long pivot = window.fromMicros() + Math.round(span * a);
        long from = pivot - Math.round(newSpan * a);
        return clamp(new TimeRange(from, from + newSpan), bounds);
    }

    /** Moves the window by {@code fraction} of its span (negative: to the past). */
    public static TimeRange pan(TimeRange window, double fraction, TimeRange bounds) {
        long shift = Math.round(window.spanMicros() * fraction);
        return clamp(new TimeRange(window.fromMicros() + shift, window.toMicros() + shift), bounds);
    }

    /** The window moved (not resized) to lie within the bounds, or the bounds if it is wider. */
    public static TimeRange clamp(TimeRange window, TimeRange bounds) {
        long span = window.spanMicros();
        if (span >= bounds.spanMicros()) {
            return bounds;
        }
        long from = Math.max(bounds.fromMicros(), Math.min(window.fromMicros(), bounds.toMicros() - span));
        return new TimeRange(from, from + span);
    }

    /** The bounds a timeline of activity from {@code first} to {@code last} can show: padded, never empty. */
    public static TimeRange boundsOf(long first, long last) {
        long extra = Math.max(0, TimeAxis.HOUR - (last - first)) / 2; // short activity gets an hour around it
        long pad = Math.max((last - first) / 50, TimeAxis.MINUTE) + extra;
        return new TimeRange(first - pad, last + pad + 1);
    }
}
