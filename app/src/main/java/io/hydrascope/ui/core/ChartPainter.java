package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;
import java.time.ZoneId;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Axes, grid and brush drawing shared by the canvas charts. */
public final class ChartPainter {
    static final Color GRID = Color.web("#e3e6ea");
    static final Color AXIS_TEXT = Color.web("#4a515b");
    static final Color BRUSH_FILL = Color.web("#1f5fa8", 0.16);
    static final Color BRUSH_EDGE = Color.web("#1f5fa8");
    private static final Font SMALL = Font.font(11);

    private ChartPainter() {
    }

    /**
     * Horizontal grid lines at the axis's ticks, each labelled with the value it stands for, and the unit written
     * along the axis. Values are drawn against {@code axis.top()}.
     */
    public static void countAxis(GraphicsContext g, double left, double top, double plotW, double plotH,
                                 CountAxis axis, String unit) {
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (long tick : axis.ticks()) {
            double y = Math.round(top + plotH - plotH * axis.fraction(tick)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(left, y, left + plotW, y);
            g.setFill(AXIS_TEXT);
            g.fillText(axis.label(tick), left - 6, y);
        }
        g.save();
        g.translate(12, top + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(unit, 0, 0);
        g.restore();
    }

    /** Ticks and labels under the plot; day starts get a full-height line. */
    public static void timeAxis(GraphicsContext g, double left, double baseline, double plotW, TimeRange window,
                         ZoneId zone, double gridTop) {
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        g.setStroke(AXIS_TEXT);
        g.strokeLine(left, baseline + 0.5, left + plotW, baseline + 0.5);
        double lastLabelEnd = -1;
        for (TimeAxis.Tick tick : TimeAxis.ticks(window.fromMicros(), window.toMicros(), plotW, 90, zone)) {
            double x = Math.round(left + (tick.micros() - window.fromMicros()) / (double) window.spanMicros() * plotW)
                    + 0.5;
            if (tick.major()) {
                g.setStroke(GRID.darker());
                g.strokeLine(x, gridTop, x, baseline);
            }
            g.setStroke(AXIS_TEXT);
            g.strokeLine(x, baseline, x, baseline + 4);
            double labelWidth = tick.label().length() * 6.2;
            if (x - labelWidth / 2 > lastLabelEnd + 6 && x + labelWidth / 2 < left + plotW + 4) {
                g.setTextAlign(TextAlignment.CENTER);
                g.setFill(AXIS_TEXT);
                g.fillText(tick.label(), x, baseline + 6);
                lastLabelEnd = x + labelWidth / 2;
            }
        }
    }

    /** The brushed range as a translucent band with edges. */
    public static void brush(GraphicsContext g, TimeRange brush, TimeRange window, double left, double top,
                             double plotW, double plotH) {
        if (brush == null) {
            return;
        }
        double x0 = left + (brush.fromMicros() - window.fromMicros()) / (double) window.spanMicros() * plotW;
        double x1 = left + (brush.toMicros() - window.fromMicros()) / (double) window.spanMicros() * plotW;
        g.setFill(BRUSH_FILL);
        g.fillRect(x0, top, Math.max(1, x1 - x0), plotH);
        g.setStroke(BRUSH_EDGE);
        g.setLineWidth(1);
        g.strokeLine(x0, top, x0, top + plotH);
        g.strokeLine(x1, top, x1, top + plotH);
    }
}
