package io.hydrascope.ui.core;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted task, as the submitter sees it. Properties change on the FX thread. */
public interface TaskHandle {
    /** Asks the work to stop; it stops at its next check and reports as cancelled. */
    void cancelWork();

    /** Fraction done in [0, 1], or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();
}
