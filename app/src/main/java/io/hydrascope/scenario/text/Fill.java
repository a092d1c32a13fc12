package io.hydrascope.scenario.text;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** The state of filling one conversation's templates: its random source and the slot values chosen so far. */
final class Fill {
    private final SplittableRandom rng;
    private final SlotSource slots;
    private final Map<String, String> memory = new HashMap<>();

    Fill(SplittableRandom rng, SlotSource slots) {
        this.rng = rng;
        this.slots = slots;
    }

    SplittableRandom rng() {
        return rng;
    }

    String remembered(String key) {
        return memory.get(key);
    }

    void remember(String key, String value) {
        memory.put(key, value);
    }

    String pick(String slot) {
        return slots.value(slot, this);
    }

    /** Where slot values come from: lists in the library files, or generators such as tool schemas. */
    interface SlotSource {
        String value(String slot, Fill fill);
    }
}
