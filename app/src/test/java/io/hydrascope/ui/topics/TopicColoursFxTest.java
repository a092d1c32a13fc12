package io.hydrascope.ui.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.model.ChartColours;
import io.hydrascope.model.TopicStat;
import io.hydrascope.ui.FxTestSupport;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The topics page's table and chart paint every topic in the colour the overview and the reports give it. */
@ExtendWith(ApplicationExtension.class)
class TopicColoursFxTest {
    final ObservableList<TopicStat> rows = FXCollections.observableArrayList();
    TopicTable table;
    TopicTimeChart chart;

    @Start
    void start(Stage stage) {
        table = new TopicTable(rows, s -> { });
        chart = new TopicTimeChart();
        chart.setPrefHeight(300);
        FxTestSupport.show(stage, new VBox(table, chart), 900, 700);
    }

    @Test
    void tableSwatchesHaveTheTopicsColour(FxRobot robot) {
        List<String> topics = new ArrayList<>(ChartColours.TOPICS.keySet());
        robot.interact(() -> topics.forEach(t -> rows.add(new TopicStat(t, 10, 0.1, 0, 10, 0.1))));
        FxTestSupport.waitUntil(() -> robot.lookup("#topic-table .table-cell").queryAll().stream()
                .anyMatch(c -> ((javafx.scene.control.TableCell<?, ?>) c).getGraphic() instanceof Rectangle));
        Map<String, Color> swatches = new LinkedHashMap<>();
        robot.lookup("#topic-table .table-cell").queryAll().forEach(n -> {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
            if (cell.getGraphic() instanceof Rectangle r && cell.getText() != null) {
                swatches.put(cell.getText(), (Color) r.getFill());
            }
        });
        assertEquals(topics.size(), swatches.size(), swatches.toString());
        swatches.forEach((topic, colour) -> assertEquals(Color.web(ChartColours.topic(topic)), colour, topic));
    }

    @Test
    void eachAreaOfTheChartHasItsTopicsColour(FxRobot robot) {
        for (String topic : List.of("general", "coding", "data-analysis", "my-own-topic")) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            counts.put(topic, new long[] {40, 40, 40});
            TopicSeries series = new TopicSeries(3_600_000_000L, List.of(0L, 3_600_000_000L, 7_200_000_000L),
                    counts);
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> {
                chart.setSeries(series, ZoneOffset.UTC);
                chart.drawNow();
                shot[0] = chart.snapshot(null, null);
            });
            // the middle of the plot, under the flat top of the only area
            Color seen = shot[0].getPixelReader().getColor((int) (chart.getWidth() / 2), (int) (chart.getHeight()
                    * 0.7));
            assertEquals(Color.web(ChartColours.topic(topic)), seen, topic);
        }
    }
}
