package io.hydrascope.ui.topics;

import io.hydrascope.model.TopicStat;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.TopicColours;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * Topics of a scope: a colour swatch (the chart's colour), share as a bar and a percentage, interactions, the
 * baseline's share, lift and chain-of-thought rate. Selecting a row lists that topic's prompts.
 */
final class TopicTable extends TableView<TopicStat> {
    static final double BAR_WIDTH = 70;

    TopicTable(ObservableList<TopicStat> rows, Consumer<TopicStat> onSelect) {
        super(rows);
        setId("topic-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TopicStat, TopicStat> topic = new TableColumn<>("Topic");
        topic.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        topic.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TopicStat s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.topic());
                setGraphic(empty || s == null ? null : new Rectangle(10, 10, TopicColours.colour(s.topic())));
            }
        });
        topic.setPrefWidth(130);
        topic.setMinWidth(120);
        TableColumn<TopicStat, TopicStat> share = new TableColumn<>("Share");
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        share.setCellFactory(c -> new ShareCell());
        share.setMinWidth(BAR_WIDTH + 60);
        getColumns().add(topic);
        getColumns().add(share);
        getColumns().add(text("Interactions", 98, s -> TimeFormats.count(s.interactions())));
        getColumns().add(text("Baseline", 74, s -> TopicText.percent(s.baselineShare())));
        getColumns().add(text("Lift", 64, TopicText::lift));
        getColumns().add(text("CoT asked", 82, s -> TopicText.percent(s.chainOfThoughtRate())));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
    }

    private static TableColumn<TopicStat, String> text(String title, double width, Function<TopicStat, String> f) {
        TableColumn<TopicStat, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.getStyleClass().add(Styles.NUMERIC);
        return col;
    }

    /** A bar as long as the share, then the percentage. */
    private static final class ShareCell extends TableCell<TopicStat, TopicStat> {
        private final Region bar = new Region();
        private final Label value = new Label();
        private final HBox box;

        ShareCell() {
            bar.getStyleClass().add("share-bar");
            bar.setMinHeight(10);
            bar.setMaxHeight(10);
            StackPane track = new StackPane(bar);
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinWidth(BAR_WIDTH);
            track.setMaxWidth(BAR_WIDTH);
            box = new HBox(6, track, value);
            box.setAlignment(Pos.CENTER_LEFT);
            value.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(TopicStat s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            double w = Math.max(1, BAR_WIDTH * s.share());
            bar.setMinWidth(w);
            bar.setMaxWidth(w);
            value.setText(TopicText.percent(s.share()));
            setGraphic(box);
        }
    }
}
