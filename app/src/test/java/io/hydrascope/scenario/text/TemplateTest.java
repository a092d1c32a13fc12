package io.hydrascope.scenario.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {
    private static final Map<String, List<String>> SLOTS = Map.of(
            "city", List.of("Lisbon", "Oslo", "Kyoto"),
            "trip", List.of("a weekend in {city}"));

    private static String fill(String template, long seed) {
        Fill fill = new Fill(new SplittableRandom(seed), (slot, f) -> {
            StringBuilder sb = new StringBuilder();
            List<String> values = SLOTS.get(slot);
            Template.compile(values.get(f.rng().nextInt(values.size()))).fill(f, sb);
            return sb.toString();
        });
        StringBuilder out = new StringBuilder();
        Template.compile(template).fill(fill, out);
        return out.toString();
    }

    @Test
    void repeatsASlotValueWithinOneFillButKeyedPicksAreFresh() {
        for (long seed = 0; seed < 20; seed++) {
            String text = fill("{city}|{city}", seed);
            String[] parts = text.split("\\|");
            assertEquals(parts[0], parts[1]);
        }
        Set<String> pairs = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            pairs.add(fill("{city} {other=city}", seed));
        }
        assertTrue(pairs.stream().anyMatch(p -> !p.split(" ")[0].equals(p.split(" ")[1])));
    }

    @Test
    void fillsNestedSlotsAlternativesNumbersAndEscapedBraces() {
        String text = fill("{Plan|Book} {trip} for {#2-4} people: {{\"ok\": true}}", 3);
        assertTrue(text.matches("(Plan|Book) a weekend in (Lisbon|Oslo|Kyoto) for [2-4] people: \\{\"ok\": true}"),
                text);
    }

    @Test
    void rejectsUnbalancedBraces() {
        assertThrows(IllegalArgumentException.class, () -> Template.compile("oops {city"));
        assertThrows(IllegalArgumentException.class, () -> Template.compile("oops }"));
    }
}
