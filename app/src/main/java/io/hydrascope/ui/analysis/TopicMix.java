package io.hydrascope.ui.analysis;

import java.util.Map;

/** Topic shares (topic id to share, adding up to 1) of flagged clusters' interactions and of all the others. */
public record TopicMix(Map<String, Double> flagged, Map<String, Double> rest) {
    public static final TopicMix NONE = new TopicMix(Map.of(), Map.of());

    public boolean isEmpty() {
        return flagged.isEmpty() && rest.isEmpty();
    }
}
