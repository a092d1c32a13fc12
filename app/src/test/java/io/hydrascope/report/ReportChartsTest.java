package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ReportChartsTest {
    private static final int BAND = 17; // the label's height with its offsets, in pixels at 11 pt

    /** Two weeks of 6-hour buckets; the new model takes half the traffic from day 9, the busiest bucket near it. */
    private static Timeline twoWeeks(Instant launch) {
        Instant start = Instant.parse("2026-02-02T00:00:00Z");
        List<Timeline.Point> points = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            Instant at = start.plusSeconds(6 * 3600L * i);
            long total = i == 37 ? 1050 : 900 + (i * 37) % 120;
            boolean after = !at.isBefore(launch);
            points.add(new Timeline.Point(at, "atlas-3", after ? total / 2 : total));
            if (after) {
                points.add(new Timeline.Point(at, "atlas-4", total - total / 2));
            }
        }
        return new Timeline(6 * 3600, List.of("atlas-3", "atlas-4"), points, launch, "atlas-4");
    }

    private static int count(BufferedImage image, Rectangle2D area, double fromY, double toY, Color... colours) {
        int n = 0;
        for (int y = (int) Math.ceil(fromY); y < (int) toY; y++) {
            for (int x = (int) Math.ceil(area.getMinX()); x < (int) area.getMaxX(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                for (Color c : colours) {
                    if ((c.getRGB() & 0xFFFFFF) == rgb) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Pixels near the launch colour (antialiased text), more than 3 pixels either side of the line. */
    private static int reddish(BufferedImage image, Rectangle2D area, double lineX, double fromY, double toY) {
        int n = 0;
        for (int y = (int) Math.ceil(fromY); y < (int) toY; y++) {
            for (int x = (int) Math.ceil(area.getMinX()); x < (int) area.getMaxX(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(x - lineX) > 3 && c.getRed() > 140 && c.getGreen() < 120 && c.getBlue() < 120) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theLaunchLabelHasABandAtTheTopThatNoBarReaches() {
        for (Instant launch : List.of(Instant.parse("2026-02-10T20:30:00Z"), Instant.parse("2026-02-14T06:00:00Z"))) {
            JFreeChart chart = ReportCharts.timeline(twoWeeks(launch));
            BufferedImage image = new BufferedImage(720, 250, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle(0, 0, 720, 250), info);
            g.dispose();
            Rectangle2D plot = info.getPlotInfo().getDataArea();
            Timeline t = twoWeeks(launch);
            Color[] bars = {ReportCharts.modelColour(t, "atlas-3"), ReportCharts.modelColour(t, "atlas-4")};

            assertTrue(count(image, plot, plot.getMinY(), plot.getMinY() + BAND, bars) == 0,
                    "no bar in the label's band (launch " + launch + ")");
            assertTrue(count(image, plot, plot.getMinY() + BAND, plot.getMinY() + BAND + 25, bars) > 0,
                    "the tallest bars come close to it, so the band is not empty by chance");
            org.jfree.chart.plot.XYPlot xy = chart.getXYPlot();
            double lineX = xy.getDomainAxis().valueToJava2D(launch.toEpochMilli(), plot, xy.getDomainAxisEdge());
            assertTrue(reddish(image, plot, lineX, plot.getMinY(), plot.getMinY() + BAND) > 20,
                    "the label is drawn in the band, beside the line");
        }
    }
}
