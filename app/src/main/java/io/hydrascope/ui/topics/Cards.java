package io.hydrascope.ui.topics;

import io.hydrascope.ui.core.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled card, the page's building block. */
public final class Cards {
    private Cards() {
    }

    public static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Styles.CARD);
        box.setPadding(new Insets(10));
        return box;
    }
}
