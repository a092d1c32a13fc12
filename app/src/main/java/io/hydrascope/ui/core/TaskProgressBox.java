package io.hydrascope.ui.core;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** A dialog's progress bar with the task's message under it, taking space only while the task runs. */
public final class TaskProgressBox {
    private TaskProgressBox() {
    }

    /** @param textId the id of the message label, for tests to find it; null for none */
    public static VBox of(ObservableValue<? extends Number> progress, ObservableStringValue text,
                          ObservableBooleanValue running, String textId) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label();
        label.textProperty().bind(text);
        if (textId != null) {
            label.setId(textId);
        }
        label.setMinWidth(0);
        VBox box = new VBox(4, bar, label);
        box.visibleProperty().bind(running);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
