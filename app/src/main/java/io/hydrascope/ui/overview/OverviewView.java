package io.hydrascope.ui.overview;

import io.hydrascope.model.AccountVolume;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.TrafficOverview;
import io.hydrascope.store.CaseFactsRepository.CaseFacts;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.core.Buckets;
import io.hydrascope.ui.core.ModelLegend;
import io.hydrascope.ui.core.ModelPalette;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimeBarsChart;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.Viewport;
import io.hydrascope.ui.evidence.AnnotationActions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The overview page: case facts as tiles, traffic over time with model-launch markers, clusters ranked by risk,
 * the topic mix of flagged clusters against everyone else, and the busiest accounts. Binds to
 * {@link OverviewViewModel}; clicking a cluster or account opens it in the timelines.
 */
public final class OverviewView extends VBox {
    /** The traffic chart's height: enough to compare days, the rest of a tall window goes to the ranking. */
    static final double TRAFFIC_HEIGHT = 250;
    static final double TRAFFIC_MIN_HEIGHT = 150;
    private final OverviewViewModel vm;
    private final TimeBarsChart trafficChart;
    private final ModelLegend legend;
    private final Label range = statValue();
    private final Label rangeDetail = statLabel("");
    private final Label interactions = statValue();
    private final Label accounts = statValue();
    private final Label models = statValue();
    private final Label modelsDetail = statLabel("");
    private final Label quarantined = statValue();
    private final Label quarantinedDetail = statLabel("");

    private final AnnotationActions actions;

    public OverviewView(OverviewViewModel vm, AnnotationActions actions) {
        this.vm = vm;
        this.actions = actions;
        ModelPalette palette = vm.workspace().palette();
        trafficChart = new TimeBarsChart(palette);
        trafficChart.setId("traffic-chart");
        trafficChart.setAccessibleText("Traffic over time");
        legend = new ModelLegend(palette);
        getStyleClass().add(Styles.PAGE);
        setSpacing(10);

        HBox tiles = new HBox(10, tile("Time range", range, rangeDetail), tile("Interactions", interactions),
                tile("Accounts", accounts), tile("Models", models, modelsDetail),
                tile("Quarantined rows", quarantined, quarantinedDetail));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        HBox.setHgrow(tiles.getChildren().get(0), Priority.SOMETIMES);

        // Why the chart is empty (no interactions yet, still summarising, an error) is said in the chart's box
        Label trafficNote = new Label();
        trafficNote.setId("traffic-note");
        trafficNote.textProperty().bind(vm.trafficNoteProperty());
        trafficNote.getStyleClass().add(Styles.EMPTY_NOTE);
        trafficNote.setWrapText(true);
        trafficNote.setMouseTransparent(true);
        trafficNote.visibleProperty().bind(vm.trafficNoteProperty().isNotEmpty());
        StackPane trafficBox = new StackPane(trafficChart, trafficNote);
        VBox traffic = card("Traffic over time", trafficBox, legend);
        VBox.setVgrow(trafficBox, Priority.ALWAYS);
        trafficBox.setMinHeight(TRAFFIC_MIN_HEIGHT);
        trafficBox.setPrefHeight(TRAFFIC_HEIGHT);
        trafficBox.setMaxHeight(TRAFFIC_HEIGHT);
        // A taller window gives the ranking more rows, not the traffic chart more pixels; a shorter one takes the
        // room from the ranking first, then from the chart.
        VBox.setVgrow(traffic, Priority.SOMETIMES);

        HBox bottom = new HBox(10, clustersCard(), topicCard(), accountsCard());
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(bottom.getChildren().get(2), Priority.SOMETIMES);
        bottom.setMinHeight(240);
        bottom.setPrefHeight(300);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        getChildren().addAll(tiles, traffic, bottom);

        vm.trafficProperty().addListener((o, a, b) -> showTraffic());
        vm.workspace().zoneProperty().addListener((o, a, b) -> showTraffic());
        vm.factsProperty().addListener((o, a, b) -> showFacts(b));
        showTraffic();
    }

    private VBox clustersCard() {
        ClusterTable table = new ClusterTable(vm.clusters(), vm::openCluster, actions);
        Label note = new Label();
        note.textProperty().bind(vm.analysisNoteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        note.setWrapText(true);
        table.setPlaceholder(note);
        Label hint = statLabel("Double-click or Enter opens a cluster's swim lanes; right-click or C, F, R tags it.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label filtered = statLabel("");
        filtered.setId("clusters-filter-note");
        filtered.textProperty().bind(vm.clustersNoteProperty());
        filtered.getStyleClass().add(Styles.WARNING);
        filtered.visibleProperty().bind(vm.clustersNoteProperty().isNotEmpty());
        filtered.managedProperty().bind(filtered.visibleProperty());
        VBox card = card("Clusters ranked by risk", filtered, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        card.setPrefWidth(520);
        return card;
    }

    private VBox topicCard() {
        TopicMixChart chart = new TopicMixChart();
        chart.setAccessibleText("Topic mix of flagged clusters and everyone else");
        Label empty = new Label();
        empty.textProperty().bind(vm.analysisNoteProperty());
        empty.getStyleClass().add(Styles.EMPTY_NOTE);
        empty.setWrapText(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.topicMixProperty().get().isEmpty(), vm.topicMixProperty()));
        vm.topicMixProperty().addListener((o, a, b) -> chart.setMix(b));
        StackPane stack = new StackPane(chart, empty);
        VBox card = card("Topic mix: flagged vs the rest", stack);
        VBox.setVgrow(stack, Priority.ALWAYS);
        card.setPrefWidth(330);
        card.setMinWidth(260);
        return card;
    }

    private VBox accountsCard() {
        AccountVolumeTable table = new AccountVolumeTable(vm.busiestAccounts(), vm::openAccount);
        Label note = new Label();
        note.textProperty().bind(vm.accountsNoteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        note.setWrapText(true);
        table.setPlaceholder(note);
        Label hint = statLabel("Double-click opens the account timeline.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = card("Busiest accounts", table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        card.setPrefWidth(300);
        card.setMinWidth(240);
        return card;
    }

    private void showTraffic() {
        TrafficOverview t = vm.trafficProperty().get();
        ZoneId zone = vm.workspace().zone();
        if (t == null || t.firstMicros() == null) {
            range.setText("—");
            rangeDetail.setText(t == null ? "" : "no interactions yet");
            interactions.setText(t == null ? "—" : "0");
            models.setText("—");
            modelsDetail.setText("");
            trafficChart.setData(List.of(), TimeAxis.HOUR);
            legend.show(List.of());
            return;
        }
        range.setText(TimeFormats.date(t.firstMicros(), zone) + " – " + TimeFormats.date(t.lastMicros(), zone));
        rangeDetail.setText(TimeFormats.duration(t.lastMicros() - t.firstMicros()) + ", "
                + TimeFormats.zoneLabel(zone));
        interactions.setText(TimeFormats.count(t.interactions()));
        models.setText(Integer.toString(t.modelCounts().size()));
        modelsDetail.setText(modelShares(t));
        modelsDetail.setTooltip(new Tooltip(modelsDetail.getText()));
        TimeRange window = Viewport.boundsOf(t.firstMicros(), t.lastMicros());
        long bucket = window.spanMicros() > 10 * TimeAxis.DAY ? TimeAxis.DAY : TimeAxis.HOUR;
        List<BucketCount> data = bucket == TimeAxis.HOUR ? t.buckets()
                : Buckets.regroup(t.buckets(), bucket, TimeAxis.originFor(zone, t.firstMicros()));
        trafficChart.setZone(zone);
        trafficChart.setWindow(window);
        trafficChart.setUnitLabel("interactions per " + TimeAxis.bucketLabel(bucket));
        trafficChart.setData(data, bucket);
        trafficChart.setMarkers(launchMarkers(t, zone));
        legend.show(List.copyOf(t.modelCounts().keySet()), "bars: interactions per " + TimeAxis.bucketLabel(bucket),
                "dashed: model first seen", "times in " + TimeFormats.zoneLabel(zone));
    }

    /**
     * A model first seen well after the log starts is a launch the traffic may have moved to; rows without a model
     * are not a model and get no marker.
     */
    static List<TimeBarsChart.Marker> launchMarkers(TrafficOverview t, ZoneId zone) {
        List<TimeBarsChart.Marker> markers = new ArrayList<>();
        for (Map.Entry<String, Long> e : t.modelFirstSeen().entrySet()) {
            boolean model = e.getKey() != null && !e.getKey().isBlank();
            if (model && e.getValue() - t.firstMicros() > TimeAxis.DAY) {
                markers.add(new TimeBarsChart.Marker(e.getValue(), ModelPalette.label(e.getKey()) + " first seen "
                        + TimeFormats.dateTime(e.getValue(), zone).substring(0, 16)));
            }
        }
        return markers;
    }

    private static String modelShares(TrafficOverview t) {
        List<String> parts = new ArrayList<>();
        t.modelCounts().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> parts.add(ModelPalette.label(e.getKey()) + " " + String.format(Locale.ROOT, "%.0f%%",
                        100.0 * e.getValue() / Math.max(1, t.interactions()))));
        return String.join(", ", parts);
    }

    private void showFacts(CaseFacts f) {
        accounts.setText(f == null ? "—" : TimeFormats.count(f.accounts()));
        quarantined.setText(f == null ? "—" : TimeFormats.count(f.quarantined()));
        if (f == null) {
            quarantinedDetail.setText("");
            return;
        }
        String reasons = f.quarantineReasons().isEmpty() ? "none" : f.quarantineReasons().entrySet().stream()
                .map(e -> e.getKey() + " " + TimeFormats.count(e.getValue())).reduce((a, b) -> a + ", " + b).get();
        quarantinedDetail.setText(TimeFormats.count(f.duplicates()) + " duplicates skipped; reasons: " + reasons);
        quarantinedDetail.setTooltip(new Tooltip(quarantinedDetail.getText()));
    }

    private static VBox tile(String title, Label value, Label... details) {
        Label heading = statLabel(title);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, heading, value);
        value.setMinWidth(Region.USE_PREF_SIZE);
        for (Label detail : details) {
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
        }
        box.getChildren().addAll(details);
        box.getStyleClass().add(Styles.CARD);
        // no fixed minimum: a tile is never narrower than its figure (details wrap), so a figure is never cut
        return box;
    }

    static VBox card(String title, javafx.scene.Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Styles.CARD);
        box.setPadding(new Insets(10));
        return box;
    }

    private static Label statValue() {
        Label l = new Label("—");
        l.getStyleClass().add(Styles.STAT_VALUE);
        return l;
    }

    private static Label statLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.STAT_LABEL);
        return l;
    }
}
