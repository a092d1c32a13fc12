package io.hydrascope.ui.core;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns of text computed from the row. */
public final class TextColumns {
    private TextColumns() {
    }

    /**
     * A column of {@code width} that keeps its width (the table scrolls sideways instead of squeezing the text into
     * "…") and keeps the rows in the order they came.
     */
    public static <T> TableColumn<T, String> fixedText(String title, double width, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setSortable(false);
        return col;
    }
}
