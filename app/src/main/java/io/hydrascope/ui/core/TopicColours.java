package io.hydrascope.ui.core;

import io.hydrascope.model.ChartColours;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;

/** Topic colours of {@link ChartColours} as JavaFX colours, for every view that shows topics (the reports too). */
public final class TopicColours {
    private static final Map<String, Color> CACHE = new ConcurrentHashMap<>();

    private TopicColours() {
    }

    public static Color colour(String topic) {
        return CACHE.computeIfAbsent(topic == null ? "" : topic, t -> Color.web(ChartColours.topic(t)));
    }

    /** Dark or white, whichever reads better written on the topic's colour. */
    public static Color textOn(String topic) {
        return Color.web(ChartColours.textOn(ChartColours.topic(topic == null ? "" : topic)));
    }
}
