package io.hydrascope.ui.timeline;

import io.hydrascope.model.AccountOverview;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.BucketCount;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.ui.analysis.AccountResult;
import io.hydrascope.ui.analysis.SignalSummary;
import io.hydrascope.ui.core.ModelLegend;
import io.hydrascope.ui.core.ModelPalette;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimeBarsChart;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.evidence.AnnotationActions;
import io.hydrascope.ui.evidence.TagMenu;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One account's timeline: profile and analysis on the left, activity by model over a zoomable time axis on the
 * right, and below a movable divider the interactions of the shown window next to the selected prompt, IPs and user
 * agents.
 */
public final class AccountTimelineView extends VBox {
    private final AccountTimelineViewModel vm;
    private final TimeBarsChart chart;
    private final ModelLegend legend;
    private final Label title = new Label();
    private final GridPane profile = new GridPane();
    private final VBox analysis = new VBox(4);
    private final TextArea promptText = new TextArea();
    private final Label promptHeader = new Label();
    private final Label topicExplanation = new Label();

    private final AnnotationActions actions;
    private final Label accountTags = new Label();

    public AccountTimelineView(AccountTimelineViewModel vm, AnnotationActions actions) {
        this.vm = vm;
        this.actions = actions;
        ModelPalette palette = vm.workspace().palette();
        chart = new TimeBarsChart(palette);
        chart.setId("activity-chart");
        chart.setAccessibleText("Account activity over time");
        chart.setNavigation(vm);
        legend = new ModelLegend(palette);
        getStyleClass().add(Styles.PAGE);
        setSpacing(8);

        Label note = new Label();
        note.textProperty().bind(vm.noteProperty());
        note.getStyleClass().add(Styles.EMPTY_NOTE);
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        // Profile, analysis and activity above, the interactions below; a taller window gives both more room and
        // the divider moves the rest
        SplitPane page = new SplitPane(upper(), lower());
        page.setId("account-split");
        page.setOrientation(Orientation.VERTICAL);
        page.setDividerPositions(0.46);
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().addAll(toolbar(), note, page);
        vm.accountProperty().addListener((o, a, b) -> showAccount(b));
        vm.analysisProperty().addListener((o, a, b) -> showAnalysis(b));
        vm.activityProperty().addListener((o, a, b) -> showActivity());
        vm.windowProperty().addListener((o, a, b) -> showActivity());
        vm.workspace().brushedRangeProperty().addListener((o, a, b) -> chart.setBrush(b));
        vm.workspace().zoneProperty().addListener((o, a, b) -> {
            showAccount(vm.accountProperty().get());
            showActivity();
        });
        vm.details().selectedProperty().addListener((o, a, b) -> showSelected(b));
        chart.widthProperty().addListener((o, a, w) -> vm.chartWidthProperty().set(Math.max(200, w.doubleValue()
                - 80)));
        showAccount(null);
        showAnalysis(null);
        vm.workspace().annotations().versionProperty().addListener((o, a, b) -> showTags());
        vm.accountProperty().addListener((o, a, b) -> showTags());
    }

    private TagMenu.Item accountItem() {
        AccountOverview a = vm.accountProperty().get();
        return a == null ? null : new TagMenu.Item(AnnotationTarget.ACCOUNT, a.accountId());
    }

    private void showTags() {
        TagMenu.Item item = accountItem();
        String text = item == null ? "" : TagMenu.tagText(vm.workspace().annotations(), item.target(), item.id());
        accountTags.setText(text);
        accountTags.setVisible(!text.isEmpty());
    }

    private HBox toolbar() {
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new Tooltip("Zoom in (+, or the mouse wheel over the chart)"));
        zoomIn.setOnAction(e -> vm.zoom(0.5, 0.5));
        Button zoomOut = new Button("−");
        zoomOut.setTooltip(new Tooltip("Zoom out (-)"));
        zoomOut.setOnAction(e -> vm.zoom(2, 0.5));
        Button all = new Button("Show all");
        all.setTooltip(new Tooltip("Whole active period (Home)"));
        all.setOnAction(e -> vm.resetZoom());
        Button peers = new Button("Accounts sharing its IPs");
        peers.setTooltip(new Tooltip("Show every account that used one of this account's IPs as swim lanes"));
        peers.setOnAction(e -> vm.openAccountsSharingIps());
        Button cluster = new Button("Its network");
        cluster.setOnAction(e -> vm.openAnalysisCluster());
        cluster.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.analysisProperty().get() == null || vm.analysisProperty().get().clusterId() == null,
                vm.analysisProperty()));
        for (Button b : List.of(zoomIn, zoomOut, all, peers)) {
            b.disableProperty().bind(vm.accountProperty().isNull());
        }
        javafx.scene.control.MenuButton tag = TagMenu.menuButton("Tag account", actions, this::accountItem);
        tag.setId("tag-account");
        tag.disableProperty().bind(vm.accountProperty().isNull());
        accountTags.setId("account-tags");
        accountTags.getStyleClass().add(Styles.TAG_CHIP);
        accountTags.setMinWidth(Region.USE_PREF_SIZE);
        accountTags.managedProperty().bind(accountTags.visibleProperty());
        accountTags.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, accountTags, spacer, new Label("Zoom"), zoomIn, zoomOut, all, peers, cluster,
                tag);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private HBox upper() {
        profile.setHgap(8);
        profile.setVgap(2);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        profile.getColumnConstraints().setAll(names, values);
        // The signals are as many as the analysis found: the card scrolls rather than cutting them off
        analysis.setId("account-analysis");
        analysis.setFillWidth(true);
        ScrollPane analysisScroll = new ScrollPane(analysis);
        analysisScroll.setId("account-analysis-scroll");
        analysisScroll.getStyleClass().add(Styles.CARD_SCROLL);
        analysisScroll.setFitToWidth(true);
        analysisScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        analysisScroll.setMinHeight(60);
        VBox analysisCard = card("Analysis", analysisScroll);
        VBox.setVgrow(analysisScroll, Priority.ALWAYS);
        VBox left = new VBox(8, card("Account", profile), analysisCard);
        VBox.setVgrow(analysisCard, Priority.ALWAYS);
        left.setMinWidth(330);
        left.setPrefWidth(330);
        left.setMaxWidth(330);
        Label help = new Label("drag: select a range · wheel or +/−: zoom · ←/→: pan · Home: all");
        help.getStyleClass().add(Styles.MUTED);
        VBox activity = card("Activity", chart, legend, help);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(150);
        HBox.setHgrow(activity, Priority.ALWAYS);
        HBox box = new HBox(8, left, activity);
        box.setMinHeight(330);
        box.setPrefHeight(360);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private SplitPane lower() {
        AccountDetails d = vm.details();
        InteractionTable table = new InteractionTable(d.interactions(), d.topics(), vm.workspace(), false, actions);
        table.setId("account-interactions");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> d.select(b));
        d.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        Button bookmark = new Button("Bookmark");
        bookmark.setId("bookmark-interaction");
        bookmark.setTooltip(new Tooltip("Bookmark the selected interaction as evidence, or take the bookmark away "
                + "(B); C, F, R tag it, N adds a note"));
        bookmark.setOnAction(e -> {
            TagMenu.Item item = table.selectedItem();
            if (item != null) {
                actions.toggleBookmark(item.id());
            }
        });
        javafx.scene.control.MenuButton tagInteraction = TagMenu.menuButton("Tag", actions, table::selectedItem);
        bookmark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        tagInteraction.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label tableNote = new Label();
        tableNote.textProperty().bind(d.interactionsNoteProperty());
        tableNote.getStyleClass().add(Styles.MUTED);
        tableNote.setMinWidth(0);
        CheckBox group = new CheckBox("Group by conversation");
        group.selectedProperty().bindBidirectional(d.groupByConversationProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(bookmark, tagInteraction, group)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actionsRow = new HBox(8, bookmark, tagInteraction, spacer, group);
        actionsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox interactions = new VBox(4, tableNote, actionsRow, table);
        interactions.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);

        promptText.setEditable(false);
        promptText.setWrapText(true);
        promptText.getStyleClass().add(Styles.DETAIL_TEXT);
        promptText.textProperty().bind(d.promptProperty());
        promptText.setAccessibleText("Full prompt");
        promptHeader.getStyleClass().add(Styles.MUTED);
        promptHeader.setWrapText(true);
        promptHeader.setMinHeight(Region.USE_PREF_SIZE);
        topicExplanation.getStyleClass().add(Styles.MUTED);
        topicExplanation.setWrapText(true);
        topicExplanation.setMinHeight(Region.USE_PREF_SIZE);
        topicExplanation.textProperty().bind(d.topicExplanationProperty());
        topicExplanation.managedProperty().bind(topicExplanation.textProperty().isNotEmpty());
        topicExplanation.visibleProperty().bind(topicExplanation.managedProperty());
        topicExplanation.setAccessibleText("Why this prompt got its topic");
        VBox promptBox = new VBox(4, promptHeader, topicExplanation, promptText);
        VBox.setVgrow(promptText, Priority.ALWAYS);
        promptBox.setPadding(new Insets(6));
        TabPane tabs = new TabPane(new Tab("Prompt", promptBox),
                new Tab("IPs", new UsageTable("IP", d.ips(), vm.workspace(), d::bounds)),
                new Tab("User agents", new UsageTable("User agent", d.userAgents(), vm.workspace(), d::bounds)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(interactions, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        split.setMinHeight(180);
        return split;
    }

    private void showAccount(AccountOverview a) {
        profile.getChildren().clear();
        if (a == null) {
            title.setText("Account timeline");
            return;
        }
        ZoneId zone = vm.workspace().zone();
        AccountProfile p = a.profile();
        title.setText(a.accountId());
        int row = 0;
        row = fact(row, "Interactions", TimeFormats.count(a.interactions()));
        if (a.firstMicros() != null) {
            row = fact(row, "Active", TimeFormats.dateTime(a.firstMicros(), zone).substring(0, 16) + " –\n"
                    + TimeFormats.dateTime(a.lastMicros(), zone).substring(0, 16));
        }
        row = fact(row, "Created", p.createdAtMicros() == null ? "unknown"
                : TimeFormats.dateTime(p.createdAtMicros(), zone).substring(0, 16));
        row = fact(row, "E-mail domain", p.emailDomain());
        row = fact(row, "Payment", p.paymentFingerprint());
        row = fact(row, "Country / plan", join(p.country(), p.plan()));
        row = fact(row, "Organisation", p.orgId());
        if (a.labelCampaign() != null) {
            fact(row, "Label", a.labelCampaign() + (a.labelPopulation() == null ? ""
                    : " · " + a.labelPopulation()));
        }
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.STAT_LABEL);
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isEmpty() ? "—" : value);
        v.setWrapText(true);
        v.setMinHeight(Region.USE_PREF_SIZE);
        profile.addRow(row, n, v);
        return row + 1;
    }

    private static String join(String a, String b) {
        return (a == null ? "—" : a) + " / " + (b == null ? "—" : b);
    }

    private void showAnalysis(AccountResult r) {
        analysis.getChildren().clear();
        if (r == null) {
            Label none = new Label("No analysis yet — run Analyse (Ctrl+R).");
            none.setMinHeight(Region.USE_PREF_SIZE);
            none.getStyleClass().add(Styles.EMPTY_NOTE);
            none.setWrapText(true);
            analysis.getChildren().add(none);
            return;
        }
        Label risk = new Label(String.format(Locale.ROOT, "Risk %.2f%s", r.risk(), r.flagged() ? " — flagged" : ""));
        if (r.flagged()) {
            risk.getStyleClass().add(Styles.RISK_HIGH);
        }
        String network = r.clusterId() == null ? "none" : io.hydrascope.model.NetworkName.of(r.clusterId());
        analysis.getChildren().addAll(risk, new Label("Network: " + network),
                new Label("Top topic: " + (r.topTopic() == null ? "—" : r.topTopic())));
        for (SignalSummary s : r.signals()) {
            Label l = new Label("• " + s.name() + ": " + s.value() + (s.baseline().isEmpty() ? ""
                    : " (normal: " + s.baseline() + ")"));
            l.getStyleClass().add(Styles.SIGNAL);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            analysis.getChildren().add(l);
        }
    }

    private void showActivity() {
        AccountTimelineViewModel.Activity act = vm.activityProperty().get();
        ZoneId zone = vm.workspace().zone();
        chart.setZone(zone);
        if (vm.windowProperty().get() != null) {
            chart.setWindow(vm.windowProperty().get());
        }
        if (act == null) {
            chart.setData(List.of(), TimeAxis.HOUR);
            legend.show(List.of());
            return;
        }
        String unit = "interactions per " + TimeAxis.bucketLabel(act.bucketMicros());
        chart.setUnitLabel(unit);
        chart.setData(act.buckets(), act.bucketMicros());
        legend.show(act.buckets().stream().map(BucketCount::model).distinct().toList(), "bars: " + unit,
                "times in " + TimeFormats.zoneLabel(zone));
    }

    private void showSelected(InteractionRow r) {
        if (r == null) {
            promptHeader.setText("Select an interaction to read its full prompt.");
            return;
        }
        promptHeader.setText(TimeFormats.precise(r.timestampMicros(), vm.workspace().zone()) + " "
                + TimeFormats.zoneLabel(vm.workspace().zone()) + " · " + ModelPalette.label(r.model())
                + " · conversation " + r.conversationId() + " turn " + r.turn() + " · " + r.ip() + " · "
                + r.userAgent() + " · " + TimeFormats.count(r.promptLength()) + " characters");
    }

    private static VBox card(String heading, Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, h);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }
}
