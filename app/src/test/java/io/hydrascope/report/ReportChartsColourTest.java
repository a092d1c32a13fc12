package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.ChartColours;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The report's charts paint topics and models in the colours the window gives them. */
class ReportChartsColourTest {
    private static int pixelsOf(JFreeChart chart, String hex) {
        BufferedImage image = chart.createBufferedImage(600, 300);
        int want = ChartColours.rgb(hex);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == want) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyTopicBarHasTheTopicsColourOfTheWindow() {
        List<TopicShare> shares = ChartColours.TOPICS.keySet().stream()
                .map(t -> new TopicShare(t, 10, 1.0 / ChartColours.TOPICS.size(), 0)).toList();
        JFreeChart chart = ReportCharts.topics(shares);
        for (String topic : ChartColours.TOPICS.keySet()) {
            assertTrue(pixelsOf(chart, ChartColours.topic(topic)) > 100, topic + " drawn in "
                    + ChartColours.topic(topic));
        }
    }

    @Test
    void aModelKeepsItsCaseWideColourInAClusterThatUsedOnlyThatModel() {
        Instant t0 = Instant.parse("2026-02-10T00:00:00Z");
        Timeline onlyTheSecond = new Timeline(3600, List.of("atlas-3", "atlas-4"), List.of(
                new Timeline.Point(t0, "atlas-4", 40), new Timeline.Point(t0.plusSeconds(3600), "atlas-4", 30)),
                null, null);
        JFreeChart chart = ReportCharts.timeline(onlyTheSecond);
        assertTrue(pixelsOf(chart, ChartColours.model(1)) > 100, "atlas-4 in the second model colour");
        assertEquals(0, pixelsOf(chart, ChartColours.model(0)), "nothing in the first model's colour");
    }
}
