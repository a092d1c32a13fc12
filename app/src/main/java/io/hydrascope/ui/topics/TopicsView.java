package io.hydrascope.ui.topics;

import io.hydrascope.model.InteractionScope;
import io.hydrascope.report.ReportText;
import io.hydrascope.store.TopicQueries;
import io.hydrascope.ui.core.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The topics page: a scope switch (case, selected cluster, selected account) and the baseline, then two tabs. Topics:
 * shares with lift and chain-of-thought rate, topics over time, and the prompts of the selected topic with the full
 * text of the selected prompt. Template families: see {@link TemplateFamiliesPane}. Binds to the view models.
 */
public final class TopicsView extends VBox {
    /** Longest prompt text the detail pane lays out. */
    static final int DETAIL_CHARS = 50_000;
    private final TopicsViewModel vm;
    private final TopicTimeChart chart = new TopicTimeChart();

    public TopicsView(TopicsViewModel vm, TemplateFamiliesViewModel families) {
        this.vm = vm;
        getStyleClass().add(Styles.PAGE);
        setSpacing(8);
        TabPane tabs = new TabPane(new Tab("Topics", topicsTab()), new Tab("Template families",
                new TemplateFamiliesPane(families)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(toolbar(), tabs);
        vm.seriesProperty().addListener((o, a, b) -> showSeries());
        vm.workspace().zoneProperty().addListener((o, a, b) -> showSeries());
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox scopes = new HBox();
        for (InteractionScope.Kind kind : InteractionScope.Kind.values()) {
            ToggleButton b = new ToggleButton(switch (kind) {
                case CASE -> "Case";
                case CLUSTER -> "Selected network";
                case ACCOUNT -> "Selected account";
            });
            b.setUserData(kind);
            b.setToggleGroup(group);
            b.setSelected(kind == vm.scopeKindProperty().get());
            b.setMinWidth(Region.USE_PREF_SIZE);
            scopes.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one scope is always chosen
            } else {
                vm.scopeKindProperty().set((InteractionScope.Kind) b.getUserData());
            }
        });
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> ReportText.oneLine(vm.scopeTitleProperty()
                .get()), vm.scopeTitleProperty()));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setId("topics-scope-title");
        ChoiceBox<TopicQueries.Baseline> baseline = new ChoiceBox<>();
        baseline.getItems().setAll(TopicQueries.Baseline.values());
        baseline.setConverter(new StringConverter<>() {
            @Override
            public String toString(TopicQueries.Baseline b) {
                return b == TopicQueries.Baseline.UNFLAGGED ? "unflagged accounts" : "the rest of the case";
            }

            @Override
            public TopicQueries.Baseline fromString(String s) {
                return null;
            }
        });
        baseline.valueProperty().bindBidirectional(vm.baselineProperty());
        Label against = new Label("Lift against");
        against.setMinWidth(Region.USE_PREF_SIZE);
        Label filter = new Label();
        filter.textProperty().bind(Bindings.createStringBinding(() -> Filters.describe(vm.workspace().filter()),
                vm.workspace().filterProperty()));
        filter.getStyleClass().add(Styles.WARNING);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, scopes, title, grow, filter, against, baseline);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private SplitPane topicsTab() {
        TopicTable table = new TopicTable(vm.topics(), vm::selectTopic);
        table.setPlaceholder(note());
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.MUTED);
        summary.setId("topics-summary");
        VBox topics = Cards.card("Topic shares", table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        topics.setMinWidth(300);
        chart.setAccessibleText("Topics over time");
        Label empty = note();
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.seriesProperty().get().isEmpty(),
                vm.seriesProperty()));
        StackPane chartStack = new StackPane(chart, empty);
        VBox time = Cards.card("Topics over time", chartStack);
        VBox.setVgrow(chartStack, Priority.ALWAYS);
        SplitPane top = new SplitPane(topics, time);
        top.setDividerPositions(0.54);
        SplitPane split = new SplitPane(top, promptsPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private SplitPane promptsPane() {
        TopicPrompts prompts = vm.prompts();
        PromptTable table = new PromptTable(prompts.rows(), vm.workspace(), prompts::selectPrompt, null);
        table.setId("topic-prompts");
        Label note = new Label();
        note.textProperty().bind(prompts.noteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        table.setPlaceholder(note);
        Button previous = new Button("◀ Previous");
        previous.disableProperty().bind(prompts.hasPreviousProperty().not());
        previous.setOnAction(e -> prompts.previousPage());
        Button next = new Button("Next ▶");
        next.disableProperty().bind(prompts.hasNextProperty().not());
        next.setOnAction(e -> prompts.nextPage());
        Label page = new Label();
        page.textProperty().bind(prompts.pageLabelProperty());
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.setId("topic-prompts-page");
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> prompts.topicProperty().get() == null
                ? "Prompts" : "Prompts: " + prompts.topicProperty().get().topic(), prompts.topicProperty()));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, grow, page, previous, next);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox list = new VBox(6, bar, table);
        list.getStyleClass().add(Styles.CARD);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.DETAIL_TEXT);
        text.setId("topic-prompt-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> shown(prompts.fullTextProperty().get()),
                prompts.fullTextProperty()));
        text.setPromptText("Select a prompt to read it in full");
        VBox detail = Cards.card("Selected prompt", text);
        VBox.setVgrow(text, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.68);
        return split;
    }

    /** The prompt as plain text, cut where laying it out would stall the window (a prompt may be megabytes). */
    static String shown(String prompt) {
        String clean = ReportText.clean(prompt);
        return clean.length() <= DETAIL_CHARS ? clean : ReportText.truncate(clean, DETAIL_CHARS) + "\n"
                + ReportText.truncationMarker(clean.length() - ReportText.truncate(clean, DETAIL_CHARS).length());
    }

    private Label note() {
        Label l = new Label();
        l.textProperty().bind(vm.noteProperty());
        l.getStyleClass().add(Styles.EMPTY_NOTE);
        l.setWrapText(true);
        return l;
    }

    private void showSeries() {
        chart.setSeries(vm.seriesProperty().get(), vm.workspace().zone());
        chart.setAccessibleText(chart.describe());
    }
}
