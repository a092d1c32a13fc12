package io.hydrascope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ChartColoursTest {
    @Test
    void everyBuiltInTopicHasItsOwnColourAndNoneLooksLikeAModel() {
        assertEquals(ChartColours.TOPICS.size(), new HashSet<>(ChartColours.TOPICS.values()).size());
        for (String colour : ChartColours.TOPICS.values()) {
            assertTrue(!ChartColours.MODELS.contains(colour), colour + " is a model colour too");
        }
    }

    @Test
    void aTopicOutsideTheTaxonomyGetsTheSameColourEveryTime() {
        assertEquals(ChartColours.topic("translation"), ChartColours.topic("translation"));
        assertTrue(ChartColours.OTHER_TOPICS.contains(ChartColours.topic("translation")));
    }

    @Test
    void modelColoursRepeatAfterThePaletteRunsOut() {
        assertEquals(ChartColours.model(0), ChartColours.model(ChartColours.MODELS.size()));
        assertNotEquals(ChartColours.model(0), ChartColours.model(1));
    }

    @Test
    void textOnAColourIsWhiteOnDarkAndDarkOnLight() {
        assertEquals(ChartColours.LIGHT_TEXT, ChartColours.textOn(ChartColours.topic("coding")));
        assertEquals(ChartColours.DARK_TEXT, ChartColours.textOn(ChartColours.topic("general")));
        assertEquals(ChartColours.DARK_TEXT, ChartColours.textOn(ChartColours.topic("data-analysis")));
        assertNotEquals(ChartColours.textOn("#000000"), ChartColours.textOn("#FFFFFF"));
    }
}
