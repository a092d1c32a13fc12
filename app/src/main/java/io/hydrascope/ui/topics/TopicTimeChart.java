package io.hydrascope.ui.topics;

import io.hydrascope.model.TimeRange;
import io.hydrascope.ui.core.CanvasPane;
import io.hydrascope.ui.core.ChartPainter;
import io.hydrascope.ui.core.CountAxis;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.TopicColours;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Topics over time as stacked areas (interactions per bucket) in the topic colours of all views. FX thread only. */
final class TopicTimeChart extends CanvasPane {
    private static final double LEFT = 62;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 28;
    private TopicSeries series = TopicSeries.EMPTY;
    private ZoneId zone = ZoneOffset.UTC;

    TopicTimeChart() {
        getStyleClass().add(Styles.CHART);
        setPrefHeight(220);
    }

    void setSeries(TopicSeries series, ZoneId zone) {
        this.series = series;
        this.zone = zone;
        requestDraw();
    }

    /** What the chart says in words, for screen readers and tests. */
    String describe() {
        if (series.isEmpty()) {
            return "No topics over time";
        }
        long first = series.starts().get(0);
        long last = series.starts().get(series.starts().size() - 1) + series.bucketMicros();
        return "Interactions per " + TimeAxis.bucketLabel(series.bucketMicros()) + " by topic, "
                + TimeFormats.range(first, last, zone) + ", " + String.join(", ", series.counts().keySet());
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        if (series.isEmpty() || plotW < 20 || plotH < 20) {
            return;
        }
        int n = series.starts().size();
        long[] totals = new long[n];
        series.counts().values().forEach(c -> {
            for (int i = 0; i < n; i++) {
                totals[i] += c[i];
            }
        });
        long max = 0;
        for (long t : totals) {
            max = Math.max(max, t);
        }
        CountAxis axis = CountAxis.forMax(max);
        TimeRange window = new TimeRange(series.starts().get(0), series.starts().get(n - 1) + series.bucketMicros());
        ChartPainter.countAxis(g, LEFT, TOP, plotW, plotH, axis, "interactions per "
                + TimeAxis.bucketLabel(series.bucketMicros()));
        double[] below = new double[n];
        List<Map.Entry<String, long[]>> layers = new ArrayList<>(series.counts().entrySet());
        for (Map.Entry<String, long[]> layer : layers) {
            double[] xs = new double[2 * n];
            double[] ys = new double[2 * n];
            for (int i = 0; i < n; i++) {
                double x = LEFT + (i + 0.5) / n * plotW;
                double top = below[i] + layer.getValue()[i];
                xs[i] = x;
                ys[i] = TOP + plotH - axis.fraction(top) * plotH;
                xs[2 * n - 1 - i] = x;
                ys[2 * n - 1 - i] = TOP + plotH - axis.fraction(below[i]) * plotH;
                below[i] = top;
            }
            g.setFill(TopicColours.colour(layer.getKey())); // opaque: the same colour as the table's swatch
            g.fillPolygon(xs, ys, 2 * n);
            g.setStroke(Color.WHITE);
            g.setLineWidth(0.75);
            g.strokePolyline(xs, ys, n);
        }
        ChartPainter.timeAxis(g, LEFT, TOP + plotH, plotW, window, zone, TOP);
    }
}
