package io.hydrascope.ui.core;

import io.hydrascope.model.BucketCount;
import io.hydrascope.model.TimeRange;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Interactions over time as bars stacked by model, with a time axis in the shown zone, a count axis, optional
 * markers (a model's launch) and a brushed range. With a {@link TimelineNavigation} attached it zooms (wheel, +/-),
 * pans (arrows, shift-wheel) and brushes (drag); see {@link TimelineGestures}. FX thread only.
 */
public final class TimeBarsChart extends CanvasPane {
    static final double LEFT = 64;
    static final double RIGHT = 12;
    /** Room above the plot for one row of marker labels; each further row adds {@link #MARKER_ROW}. */
    static final double TOP = 20;
    static final double MARKER_ROW = 14;
    /** Marker labels that fit in none of these rows are left out (the tooltip still names the marker). */
    static final int MAX_MARKER_ROWS = 3;
    static final double BOTTOM = 36;
    private static final Font SMALL = Font.font(11);
    private static final Color MARKER = Color.web("#b3261e");

    /** A labelled vertical line, e.g. "atlas-4 first seen". */
    public record Marker(long micros, String label) {
    }

    private final ModelPalette palette;
    private List<BucketCount> buckets = List.of();
    private long bucketMicros = TimeAxis.HOUR;
    private TimeRange window = new TimeRange(0, TimeAxis.DAY);
    private ZoneId zone = ZoneOffset.UTC;
    private List<Marker> markers = List.of();
    private TimeRange brush;
    private String unitLabel = "interactions";
    private TreeMap<Long, long[]> stacks = new TreeMap<>();
    private List<String> models = List.of();
    private final Tooltip tooltip = new Tooltip();
    private TimelineGestures gestures;

    public TimeBarsChart(ModelPalette palette) {
        this.palette = palette;
        getStyleClass().add(Styles.CHART);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> tooltip.setText(describeAt(e.getX())));
    }

    /** Makes the chart navigable: wheel and keys zoom and pan, dragging brushes a range. */
    public void setNavigation(TimelineNavigation navigation) {
        gestures = new TimelineGestures(this, canvas, LEFT, RIGHT, () -> window, navigation)
                .onDragPreview(this::requestDraw);
        gestures.install();
    }

    public void setData(List<BucketCount> data, long bucketSize) {
        this.buckets = data;
        this.bucketMicros = bucketSize;
        restack();
        requestDraw();
    }

    public void setWindow(TimeRange window) {
        this.window = window;
        requestDraw();
    }

    public TimeRange window() {
        return window;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        requestDraw();
    }

    public void setMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        requestDraw();
    }

    public void setBrush(TimeRange brush) {
        this.brush = brush;
        requestDraw();
    }

    /** What the count axis counts, e.g. "interactions per hour". */
    public void setUnitLabel(String unitLabel) {
        this.unitLabel = unitLabel;
        requestDraw();
    }

    /** The largest stacked total in the window: what the count axis reaches (for tests). */
    public long maxTotalInWindow() {
        long max = 0;
        for (Map.Entry<Long, long[]> e : stacks.subMap(window.fromMicros() - bucketMicros, window.toMicros())
                .entrySet()) {
            max = Math.max(max, total(e.getValue()));
        }
        return max;
    }

    private void restack() {
        palette.register(buckets.stream().map(BucketCount::model).distinct().toList());
        models = palette.models();
        TreeMap<Long, long[]> s = new TreeMap<>();
        for (BucketCount b : buckets) {
            long[] stack = s.computeIfAbsent(b.bucketStartMicros(), k -> new long[models.size()]);
            stack[models.indexOf(b.model() == null ? "" : b.model())] += b.count();
        }
        stacks = s;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double plotW = width - LEFT - RIGHT;
        if (plotW < 20 || stacks.isEmpty()) {
            return; // no axes around nothing: the view says why there is no data
        }
        List<Marker> inWindow = markers.stream().filter(m -> window.contains(m.micros())).toList();
        List<MarkerLabels.Placement> labels = placeMarkerLabels(inWindow, plotW);
        double top = TOP + Math.max(0, MarkerLabels.rowsUsed(labels) - 1) * MARKER_ROW;
        double plotH = height - top - BOTTOM;
        if (plotH < 20) {
            return;
        }
        CountAxis axis = CountAxis.forMax(maxTotalInWindow());
        ChartPainter.countAxis(g, LEFT, top, plotW, plotH, axis, unitLabel);
        ChartPainter.timeAxis(g, LEFT, top + plotH, plotW, window, zone, top);
        g.save();
        g.beginPath();
        g.rect(LEFT, top, plotW, plotH);
        g.clip();
        for (Map.Entry<Long, long[]> e : stacks.subMap(window.fromMicros() - bucketMicros, window.toMicros())
                .entrySet()) {
            double x0 = x(e.getKey(), plotW);
            double x1 = x(e.getKey() + bucketMicros, plotW);
            double w = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
            double y = top + plotH;
            long[] stack = e.getValue();
            for (int m = 0; m < stack.length; m++) {
                if (stack[m] == 0) {
                    continue;
                }
                double h = axis.fraction(stack[m]) * plotH;
                g.setFill(palette.colour(models.get(m)));
                g.fillRect(x0, y - h, w, h);
                y -= h;
            }
        }
        TimeRange shown = gestures != null && gestures.preview() != null ? gestures.preview() : brush;
        ChartPainter.brush(g, shown, window, LEFT, top, plotW, plotH);
        g.restore();
        drawMarkers(g, inWindow, labels, top, plotW, plotH);
    }

    private List<MarkerLabels.Placement> placeMarkerLabels(List<Marker> shown, double plotW) {
        double[] xs = new double[shown.size()];
        double[] widths = new double[shown.size()];
        Text measure = new Text();
        measure.setFont(SMALL);
        for (int i = 0; i < shown.size(); i++) {
            xs[i] = x(shown.get(i).micros(), plotW);
            measure.setText(shown.get(i).label());
            widths[i] = Math.ceil(measure.getLayoutBounds().getWidth());
        }
        return MarkerLabels.place(xs, widths, 2, LEFT + plotW + RIGHT - 2, MAX_MARKER_ROWS);
    }

    /** Dashed lines over the plot; their labels in rows in the top margin, the first row nearest the plot. */
    private void drawMarkers(GraphicsContext g, List<Marker> shown, List<MarkerLabels.Placement> labels, double top,
                             double plotW, double plotH) {
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < shown.size(); i++) {
            double x = x(shown.get(i).micros(), plotW);
            g.setStroke(MARKER);
            g.setLineWidth(1.5);
            g.setLineDashes(5, 4);
            g.strokeLine(x, top, x, top + plotH);
            g.setLineDashes((double[]) null);
            MarkerLabels.Placement p = labels.get(i);
            if (p.shown()) {
                double y = top - 16 - p.row() * MARKER_ROW;
                g.setFill(MARKER);
                g.fillText(shown.get(i).label(), p.minX(), y);
            }
        }
    }

    /** Where the markers' labels are drawn, by label (row -1: left out for want of room); for tests. */
    public Map<String, MarkerLabels.Placement> markerLabels() {
        double plotW = canvas.getWidth() - LEFT - RIGHT;
        List<Marker> inWindow = markers.stream().filter(m -> window.contains(m.micros())).toList();
        List<MarkerLabels.Placement> labels = placeMarkerLabels(inWindow, plotW);
        Map<String, MarkerLabels.Placement> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < inWindow.size(); i++) {
            out.put(inWindow.get(i).label(), labels.get(i));
        }
        return out;
    }

    private double x(long micros, double plotW) {
        return LEFT + (micros - window.fromMicros()) / (double) window.spanMicros() * plotW;
    }

    private String describeAt(double px) {
        double plotW = canvas.getWidth() - LEFT - RIGHT;
        if (px < LEFT || plotW <= 0) {
            return null;
        }
        long t = window.fromMicros() + (long) ((px - LEFT) / plotW * window.spanMicros());
        // markers near the pointer are named here too: a label left out for want of room is still found
        String near = markers.stream().filter(m -> window.contains(m.micros())
                && Math.abs(x(m.micros(), plotW) - px) <= 4).map(m -> "\n" + m.label()).collect(
                        java.util.stream.Collectors.joining());
        Map.Entry<Long, long[]> e = stacks.floorEntry(t);
        if (e == null || t >= e.getKey() + bucketMicros) {
            return TimeFormats.dateTime(t, zone) + " " + TimeFormats.zoneLabel(zone) + "\nno interactions" + near;
        }
        List<String> lines = new ArrayList<>();
        lines.add(TimeFormats.dateTime(e.getKey(), zone) + " " + TimeFormats.zoneLabel(zone) + ", "
                + TimeAxis.bucketLabel(bucketMicros) + ": " + TimeFormats.count(total(e.getValue())));
        for (int m = 0; m < e.getValue().length; m++) {
            if (e.getValue()[m] > 0) {
                lines.add("  " + ModelPalette.label(models.get(m)) + ": " + TimeFormats.count(e.getValue()[m]));
            }
        }
        return String.join("\n", lines) + near;
    }

    private static long total(long[] stack) {
        long t = 0;
        for (long v : stack) {
            t += v;
        }
        return t;
    }
}
