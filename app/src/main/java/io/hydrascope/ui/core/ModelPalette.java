package io.hydrascope.ui.core;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * One colour per model, the same in every view: models get colours in the order they are registered, which the
 * overview does in order of first appearance in the case. Okabe-Ito colours, distinguishable with colour blindness.
 */
public final class ModelPalette {
    private static final List<Color> COLOURS = List.of(Color.web("#0072B2"), Color.web("#E69F00"),
            Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00"),
            Color.web("#8C7A00"), Color.web("#555555"));
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
