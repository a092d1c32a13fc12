package io.hydrascope.ui.search;

import io.hydrascope.model.PromptRow;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.topics.Cards;
import io.hydrascope.ui.topics.PromptTable;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * The search page: a query field (plain words, or FTS5 syntax when ticked), a banner while the index is being built,
 * the hits (time, account, model, topic, snippet with the matches highlighted) and the selected prompt in full with
 * every match highlighted. Matches are drawn as styled text runs, never as markup.
 */
public final class SearchView extends VBox {
    static final String MATCH = "search-match";
    /** Longest prompt text the detail pane lays out (a 1 MiB prompt would stall layout); the rest is cut. */
    static final int DETAIL_CHARS = 20_000;

    private final SearchViewModel vm;
    private final TextFlow detail = new TextFlow();
    private final Timeline indexPoll;

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.PAGE);
        setSpacing(8);
        TextField field = new TextField();
        field.setId("search-field");
        field.setPromptText("Words to find in prompts, e.g. censorship-safe rewrite");
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> vm.search());
        HBox.setHgrow(field, Priority.ALWAYS);
        CheckBox syntax = new CheckBox("Query syntax");
        syntax.selectedProperty().bindBidirectional(vm.syntaxProperty());
        syntax.setTooltip(new Tooltip("FTS5 syntax: AND, OR, NOT, \"exact phrase\", prefix*, NEAR(a b, 5)"));
        syntax.setMinWidth(Region.USE_PREF_SIZE);
        Button go = new Button("Search");
        go.getStyleClass().add(Styles.PRIMARY);
        go.setDefaultButton(false);
        go.setOnAction(e -> vm.search());
        go.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, field, syntax, go);
        bar.getStyleClass().add(Styles.TOOLBAR);

        Label index = new Label();
        index.setId("search-index-note");
        index.textProperty().bind(vm.indexNoteProperty());
        index.getStyleClass().add(Styles.WARNING);
        index.setWrapText(true);
        index.setMinHeight(Region.USE_PREF_SIZE);
        index.visibleProperty().bind(vm.indexNoteProperty().isNotEmpty());
        index.managedProperty().bind(index.visibleProperty());

        Label result = new Label();
        result.setId("search-result-note");
        result.textProperty().bind(vm.resultNoteProperty());
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        vm.queryErrorProperty().addListener((o, a, b) -> result.getStyleClass().setAll(b ? List.of("label",
                Styles.ERROR_NOTE) : List.of("label", Styles.MUTED)));
        result.getStyleClass().add(Styles.MUTED);

        PromptTable table = new PromptTable(vm.hits(), vm.workspace(), vm::select, c -> new SnippetCell());
        table.setId("search-hits");
        Label empty = new Label();
        empty.textProperty().bind(vm.resultNoteProperty());
        empty.getStyleClass().add(Styles.EMPTY_NOTE);
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        detail.setId("search-detail");
        detail.getStyleClass().add(Styles.DETAIL_TEXT);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        vm.detailProperty().addListener((o, a, b) -> showDetail(b));
        VBox hitsCard = Cards.card("Matches", result, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox detailCard = Cards.card("Selected prompt", scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(hitsCard, detailCard);
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, index, split);

        indexPoll = new Timeline(new KeyFrame(Duration.seconds(2), e -> vm.refreshIndexStatus()));
        indexPoll.setCycleCount(Timeline.INDEFINITE);
        vm.indexReadyProperty().addListener((o, a, b) -> pollWhileNeeded());
        sceneProperty().addListener((o, a, b) -> pollWhileNeeded());
        visibleProperty().addListener((o, a, b) -> pollWhileNeeded());
        pollWhileNeeded();
    }

    /** Polls the index's progress only while it is being built and the page is shown. */
    private void pollWhileNeeded() {
        if (!vm.indexReadyProperty().get() && getScene() != null && isVisible()) {
            indexPoll.play();
        } else {
            indexPoll.stop();
        }
    }

    private void showDetail(String marked) {
        String text = marked == null ? "" : marked;
        boolean cut = text.length() > DETAIL_CHARS;
        detail.getChildren().setAll(runs(MarkedText.segments(cut ? text.substring(0, DETAIL_CHARS) : text, false)));
        if (cut) {
            Text more = new Text("\n[… " + (text.length() - DETAIL_CHARS) + " more characters not shown]");
            more.getStyleClass().add(Styles.MUTED);
            detail.getChildren().add(more);
        }
    }

    static List<Node> runs(List<MarkedText.Segment> segments) {
        return segments.stream().map(s -> {
            if (s.match()) {
                Label match = new Label(s.text());
                match.getStyleClass().add(MATCH);
                match.setMinWidth(Region.USE_PREF_SIZE);
                return (Node) match;
            }
            return (Node) new Text(s.text());
        }).toList();
    }

    /** The snippet around the matches, on one line, matches highlighted. */
    private static final class SnippetCell extends TableCell<PromptRow, PromptRow> {
        @Override
        protected void updateItem(PromptRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            HBox line = new HBox();
            line.setAlignment(Pos.CENTER_LEFT);
            line.getChildren().setAll(runs(MarkedText.segments(r.preview(), true)));
            setGraphic(line);
        }
    }
}
