package io.hydrascope.ui.core;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The frame every workbench dialog shares: the page background and a title at the top. */
public final class DialogFrame {
    private DialogFrame() {
    }

    public static void titled(BorderPane dialog, String title) {
        dialog.getStyleClass().add(Styles.PAGE);
        Label label = new Label(title);
        label.getStyleClass().add(Styles.PAGE_TITLE);
        dialog.setTop(label);
        BorderPane.setMargin(label, new Insets(0, 0, 8, 0));
    }
}
