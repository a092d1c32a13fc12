package io.hydrascope.ui.evidence;

import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.ViewFilter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;

/**
 * The filter bar: check lists for tags, topics and models, a risk slider and a window of days, bound both ways to
 * {@link io.hydrascope.ui.core.WorkspaceState#filterProperty()} through {@link FilterBarViewModel}.
 */
public final class FilterBar extends HBox {
    private final FilterBarViewModel vm;
    private final CheckComboBox<String> tags;
    private final CheckComboBox<String> topics;
    private final CheckComboBox<String> models;
    private final Slider risk = new Slider(0, 1, 0);
    private final Label riskValue = new Label();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private boolean syncing;

    public FilterBar(FilterBarViewModel vm) {
        this.vm = vm;
        setId("filter-bar");
        getStyleClass().add(Styles.FILTER_BAR);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 12, 6, 12));
        tags = checks("Tags", vm.tagChoices(), vm::setTags, ViewFilter::tags);
        topics = checks("Topics", vm.topicChoices(), vm::setTopics, ViewFilter::topics);
        models = checks("Models", vm.modelChoices(), vm::setModels, ViewFilter::models);
        models.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> vm.refreshChoices());
        risk.setId("risk-filter");
        risk.setPrefWidth(100);
        risk.setMinWidth(60);
        risk.setMajorTickUnit(0.25);
        risk.setBlockIncrement(0.05);
        risk.setAccessibleText("Minimum risk");
        risk.setTooltip(new Tooltip("Networks and accounts at or above this risk"));
        risk.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                pushRisk();
            }
        });
        risk.valueProperty().addListener((o, a, b) -> {
            riskValue.setText(String.format(java.util.Locale.ROOT, "≥ %.2f", b.doubleValue()));
            if (!risk.isValueChanging()) {
                pushRisk();
            }
        });
        riskValue.setMinWidth(Region.USE_PREF_SIZE);
        riskValue.setText("≥ 0.00");
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setPrefWidth(118);
            d.setMinWidth(90);
            d.valueProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    vm.setDates(from.getValue(), to.getValue());
                }
            });
        }
        from.setPromptText("from day");
        from.setAccessibleText("Window from");
        to.setPromptText("to day");
        to.setAccessibleText("Window to");
        Button brushed = new Button("Use range");
        brushed.setTooltip(new Tooltip("Use the range selected on a timeline as the window every view keeps to"));
        brushed.setOnAction(e -> vm.useBrushedRange());
        brushed.disableProperty().bind(vm.workspace().brushedRangeProperty().isNull());
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.setTooltip(new Tooltip("Clear every filter"));
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.workspace().filter().isEmpty(), vm.workspace().filterProperty()));
        Label summary = new Label();
        summary.setId("filter-summary");
        summary.textProperty().bind(vm.shortSummaryBinding());
        Tooltip details = new Tooltip();
        details.textProperty().bind(vm.summaryBinding());
        summary.setTooltip(details);
        summary.getStyleClass().add(Styles.MUTED);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        brushed.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label riskLabel = new Label("Risk");
        riskLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label window = new Label("Window");
        window.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(tags, topics, models, riskLabel, risk, riskValue, window, from, to, brushed, clear,
                spacer, summary);
        disableProperty().bind(vm.workspace().openCaseProperty().isNull());
        vm.workspace().filterProperty().addListener((o, a, b) -> sync());
        vm.workspace().zoneProperty().addListener((o, a, b) -> sync());
        sync();
    }

    private CheckComboBox<String> checks(String title, ObservableList<String> choices, Consumer<Set<String>> push,
                                         Function<ViewFilter, Set<String>> current) {
        CheckComboBox<String> box = new CheckComboBox<>(choices);
        box.setTitle(title);
        // the title says how many are ticked; the skin's own count does not follow items added later
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> box.setTitle(
                box.getCheckModel().getCheckedItems().isEmpty() ? title
                        : title + " (" + box.getCheckModel().getCheckedItems().size() + ")"));
        box.setId("filter-" + title.toLowerCase(java.util.Locale.ROOT));
        box.setAccessibleText(title);
        box.setPrefWidth(140);
        box.setMinWidth(110);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                push.accept(new HashSet<>(box.getCheckModel().getCheckedItems()));
            }
        });
        choices.addListener((ListChangeListener<String>) c -> sync());
        box.getProperties().put(Function.class, current);
        return box;
    }

    /** Shows the workspace's filter in the controls (it may change elsewhere: cleared with a new case). */
    @SuppressWarnings("unchecked")
    private void sync() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            ViewFilter f = vm.workspace().filter();
            for (CheckComboBox<String> box : java.util.Arrays.asList(tags, topics, models)) {
                if (box == null) {
                    continue;
                }
                Set<String> wanted = ((Function<ViewFilter, Set<String>>) box.getProperties().get(Function.class))
                        .apply(f);
                for (String item : box.getItems()) {
                    boolean on = wanted.contains(item);
                    if (on != box.getCheckModel().isChecked(item)) {
                        if (on) {
                            box.getCheckModel().check(item);
                        } else {
                            box.getCheckModel().clearCheck(item);
                        }
                    }
                }
            }
            if (Math.abs(risk.getValue() - f.minRisk()) > 1e-9) {
                risk.setValue(f.minRisk());
            }
            from.setValue(vm.fromDate());
            to.setValue(vm.toDate());
        } finally {
            syncing = false;
        }
    }

    private void pushRisk() {
        if (!syncing) {
            vm.setMinRisk(risk.getValue());
        }
    }
}
