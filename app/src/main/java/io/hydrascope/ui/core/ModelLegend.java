package io.hydrascope.ui.core;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** Colour swatches naming the models, then free notes (units, time zone); wraps rather than cutting text. */
public final class ModelLegend extends FlowPane {
    private final ModelPalette palette;

    public ModelLegend(ModelPalette palette) {
        this.palette = palette;
        setHgap(12);
        setVgap(2);
        getStyleClass().add(Styles.LEGEND);
    }

    /** Shows these models (in palette order) and then the notes, e.g. "bars: interactions per day", "UTC". */
    /** Adds one more entry (a symbol, a count) after what {@link #show} put there. */
    public void add(Label entry) {
        entry.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(entry);
    }

    public void show(List<String> models, String... notes) {
        getChildren().clear();
        for (String model : palette.models()) {
            if (!models.contains(model)) {
                continue;
            }
            Rectangle swatch = new Rectangle(12, 12, palette.colour(model));
            Label label = new Label(ModelPalette.label(model), swatch);
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(label);
        }
        for (String note : notes) {
            Label label = new Label(note);
            label.getStyleClass().add(Styles.MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(label);
        }
    }
}
