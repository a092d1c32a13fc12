package io.hydrascope.ui.timeline;

import io.hydrascope.model.LaneSummary;
import io.hydrascope.model.TimeRange;
import io.hydrascope.ui.core.ModelPalette;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Paints the visible lanes into one pixel buffer and draws it as an image: one {@code setPixels} call per frame
 * instead of thousands of rectangles, which keeps a screen of lanes at a few milliseconds in software rendering.
 * Cell shade grows with the logarithm of the bucket's count, relative to the busiest visible bucket.
 */
final class LaneRaster {
    private static final int BACKGROUND = 0xFFFFFFFF;
    private static final int STRIPE = 0xFFF5F6F8;
    private static final int SELECTED = 0xFFDCE7F5;
    private final ModelPalette palette;
    private final Map<String, Color> colours = new HashMap<>();
    private WritableImage image;
    private int[] pixels = new int[0];

    LaneRaster(ModelPalette palette) {
        this.palette = palette;
    }

    void paint(GraphicsContext g, List<LaneSummary> lanes, Function<String, LaneSeries> series, TimeRange window,
               double left, double top, double plotW, double plotH, double laneHeight, String selected) {
        int w = (int) plotW;
        int h = (int) plotH;
        if (w <= 0 || h <= 0) {
            return;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        Arrays.fill(pixels, BACKGROUND);
        colours.clear(); // colours may change when another case opens
        long max = 1;
        for (LaneSummary lane : lanes) {
            LaneSeries s = series.apply(lane.accountId());
            if (s != null) {
                max = Math.max(max, s.maxTotal());
            }
        }
        double logMax = Math.log1p(max);
        int lh = (int) laneHeight;
        for (int i = 0; i < lanes.size(); i++) {
            int y0 = i * lh;
            if (y0 + lh > h) {
                break;
            }
            String id = lanes.get(i).accountId();
            int background = id.equals(selected) ? SELECTED : (i % 2 == 1 ? STRIPE : BACKGROUND);
            fill(0, w, y0, y0 + lh, background, w);
            LaneSeries s = series.apply(id);
            if (s != null) {
                cells(s, window, w, y0 + 1, y0 + lh - 1, background, logMax);
            }
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        g.drawImage(image, left, top);
    }

    private void cells(LaneSeries s, TimeRange window, int w, int y0, int y1, int background, double logMax) {
        double span = window.spanMicros();
        for (int k = s.firstEndingAfter(window.fromMicros()); k < s.size(); k++) {
            long start = s.starts()[k];
            if (start >= window.toMicros()) {
                break;
            }
            int x0 = (int) Math.floor((start - window.fromMicros()) / span * w);
            int x1 = (int) Math.floor((start + s.bucketMicros() - window.fromMicros()) / span * w);
            x0 = Math.max(0, x0);
            x1 = Math.min(w, Math.max(x0 + 1, x1));
            double strength = 0.3 + 0.7 * Math.log1p(s.totals()[k]) / logMax;
            fill(x0, x1, y0, y1, blend(colour(s.dominantModels()[k]), background, strength), w);
        }
    }

    private Color colour(String model) {
        return colours.computeIfAbsent(model == null ? "" : model, palette::colour);
    }

    private static int blend(Color c, int background, double strength) {
        double a = Math.max(0, Math.min(1, strength));
        int br = (background >> 16) & 0xff;
        int bg = (background >> 8) & 0xff;
        int bb = background & 0xff;
        int r = (int) Math.round(c.getRed() * 255 * a + br * (1 - a));
        int gr = (int) Math.round(c.getGreen() * 255 * a + bg * (1 - a));
        int b = (int) Math.round(c.getBlue() * 255 * a + bb * (1 - a));
        return 0xFF000000 | (r << 16) | (gr << 8) | b;
    }

    private void fill(int x0, int x1, int y0, int y1, int argb, int w) {
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * w + x0, y * w + x1, argb);
        }
    }
}
