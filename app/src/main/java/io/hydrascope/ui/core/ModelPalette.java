package io.hydrascope.ui.core;

import io.hydrascope.model.ChartColours;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * One colour per model, the same in every view: models get colours in the order they are registered, which the
 * overview does in order of first appearance in the case. The colours are {@link ChartColours#MODELS}, which the
 * reports use in the same order.
 */
public final class ModelPalette {
    private static final List<Color> COLOURS = ChartColours.MODELS.stream().map(Color::web).toList();
    private final List<String> models = new ArrayList<>();
    private final javafx.beans.property.ReadOnlyLongWrapper version = new javafx.beans.property.ReadOnlyLongWrapper(
            this, "version");

    /** Registers models in this order (models already known keep their colour). FX thread. */
    public void register(Iterable<String> inOrder) {
        int before;
        int after;
        synchronized (this) {
            before = models.size();
            for (String m : inOrder) {
                colourIndex(m);
            }
            after = models.size();
        }
        if (after != before) {
            version.set(version.get() + 1);
        }
    }

    /** Grows when {@link #register} learnt new models (pickers of models listen to it). */
    public javafx.beans.property.ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public synchronized Color colour(String model) {
        return COLOURS.get(colourIndex(model) % COLOURS.size());
    }

    /** The models registered so far, in colour order. */
    public synchronized List<String> models() {
        return List.copyOf(models);
    }

    synchronized void reset() {
        models.clear();
    }

    private int colourIndex(String model) {
        String key = model == null ? "" : model;
        int i = models.indexOf(key);
        if (i < 0) {
            models.add(key);
            i = models.size() - 1;
        }
        return i;
    }

    /** A model's name as shown in legends: an empty model is "(no model)". */
    public static String label(String model) {
        return model == null || model.isEmpty() ? "(no model)" : model;
    }
}
