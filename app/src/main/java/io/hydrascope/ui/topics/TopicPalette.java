package io.hydrascope.ui.topics;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * One colour per topic of the built-in taxonomy, the same in the table and the chart whatever the order; topics of
 * a custom taxonomy get one from the same colour-blind-safe set by their name.
 */
final class TopicPalette {
    private static final List<Color> COLOURS = List.of(Color.web("#0072B2"), Color.web("#E69F00"),
            Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00"),
            Color.web("#8C7A00"), Color.web("#332288"), Color.web("#44AA99"), Color.web("#9a9a9a"));
    private static final Map<String, Integer> KNOWN = Map.of("coding", 0, "reasoning", 1, "tool-use", 2,
            "agentic", 3, "data-analysis", 4, "computer-use", 5, "vision", 6, "alignment-policy", 7,
            "general", 9);

    private TopicPalette() {
    }

    static Color colour(String topic) {
        Integer i = KNOWN.get(topic);
        return COLOURS.get(i != null ? i : Math.floorMod(topic == null ? 0 : topic.hashCode(), COLOURS.size()));
    }
}
