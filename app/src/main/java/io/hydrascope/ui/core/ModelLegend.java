package io.hydrascope.ui.core;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** A row of colour swatches naming the models, followed by free notes (units, time zone). */
public final class ModelLegend extends HBox {
    private final ModelPalette palette;

    public ModelLegend(ModelPalette palette) {
        this.palette = palette;
        getStyleClass().add(Styles.LEGEND);
    }

    /** Shows these models (in palette order) and then the notes, e.g. "bars: interactions per day", "UTC". */
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
