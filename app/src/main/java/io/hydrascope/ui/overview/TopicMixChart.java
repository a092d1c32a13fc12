package io.hydrascope.ui.overview;

import io.hydrascope.ui.analysis.TopicMix;
import io.hydrascope.ui.core.CanvasPane;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TopicColours;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Two 100% bars: topic shares of flagged clusters' interactions and of everyone else's, with a legend; each topic in
 * the colour every view gives it ({@link TopicColours}).
 */
final class TopicMixChart extends CanvasPane {
    private TopicMix mix = TopicMix.NONE;

    TopicMixChart() {
        getStyleClass().add(Styles.CHART);
        setPrefHeight(200);
    }

    void setMix(TopicMix mix) {
        this.mix = mix;
        requestDraw();
    }

    /** Topics in a stable order: the flagged side's biggest first, then the rest's. */
    List<String> topics() {
        Set<String> order = new LinkedHashSet<>();
        sorted(mix.flagged()).forEach(order::add);
        sorted(mix.rest()).forEach(order::add);
        return new ArrayList<>(order);
    }

    private static List<String> sorted(Map<String, Double> shares) {
        return shares.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (mix.isEmpty()) {
            return;
        }
        List<String> topics = topics();
        double barLeft = 110;
        double barW = width - barLeft - 12;
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        bar(g, "Flagged", mix.flagged(), topics, barLeft, 14, barW);
        bar(g, "Everyone else", mix.rest(), topics, barLeft, 52, barW);
        double x = 12;
        double y = 98;
        g.setFont(Font.font(11));
        for (int i = 0; i < topics.size(); i++) {
            String label = topics.get(i);
            double w = 22 + label.length() * 6.5;
            if (x + w > width - 6) {
                x = 12;
                y += 18;
            }
            g.setFill(TopicColours.colour(label));
            g.fillRect(x, y - 5, 10, 10);
            g.setFill(Color.web("#30353c"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(label, x + 14, y);
            x += w;
        }
    }

    private void bar(GraphicsContext g, String label, Map<String, Double> shares, List<String> topics, double left,
                     double top, double width) {
        g.setFill(Color.web("#30353c"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, 12, top + 12);
        if (shares.isEmpty()) {
            g.setFill(Color.web("#6b737c"));
            g.fillText("none", left, top + 12);
            return;
        }
        double x = left;
        for (int i = 0; i < topics.size(); i++) {
            double share = shares.getOrDefault(topics.get(i), 0.0);
            double w = share * width;
            if (w <= 0) {
                continue;
            }
            g.setFill(TopicColours.colour(topics.get(i)));
            g.fillRect(x, top, w, 24);
            if (w > 34) {
                g.setFill(TopicColours.textOn(topics.get(i)));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(String.format(Locale.ROOT, "%.0f%%", share * 100), x + w / 2, top + 12);
            }
            x += w;
        }
    }
}
