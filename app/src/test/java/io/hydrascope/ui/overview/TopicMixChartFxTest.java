package io.hydrascope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.ChartColours;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.analysis.TopicMix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The overview's topic mix paints every topic in the colour the topics page and the reports give it. */
@ExtendWith(ApplicationExtension.class)
class TopicMixChartFxTest {
    TopicMixChart chart;

    @Start
    void start(Stage stage) {
        chart = new TopicMixChart();
        FxTestSupport.show(stage, new StackPane(chart), 1000, 220);
    }

    @Test
    void eachSegmentOfTheFlaggedBarHasItsTopicsColour(FxRobot robot) {
        Map<String, Double> shares = new LinkedHashMap<>();
        double share = 1.0 / ChartColours.TOPICS.size();
        ChartColours.TOPICS.keySet().forEach(t -> shares.put(t, share));
        robot.interact(() -> {
            chart.setMix(new TopicMix(shares, Map.of("general", 1.0)));
            chart.drawNow();
        });
        List<String> order = chart.topics();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        double barLeft = 110;
        double barWidth = chart.getWidth() - barLeft - 12;
        for (int i = 0; i < order.size(); i++) {
            int x = (int) (barLeft + (i + 0.5) * share * barWidth);
            Color seen = shot[0].getPixelReader().getColor(x, 14 + 2); // above the percentage text
            assertEquals(Color.web(ChartColours.topic(order.get(i))), seen, order.get(i));
        }
    }
}
