package io.hydrascope.ui.timeline;

import io.hydrascope.model.LaneSummary;
import io.hydrascope.model.TimeRange;
import io.hydrascope.ui.core.CanvasPane;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.TimelineGestures;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Swim lanes on one canvas: a row per account, a cell per time bucket coloured by the model that sent most of its
 * requests and shaded by how many there were, a triangle where the account was created. Only the lanes on screen
 * are drawn, as one raster ({@link LaneRaster}), so hundreds of lanes scroll and zoom smoothly. Wheel scrolls lanes,
 * Ctrl-wheel or +/- zooms time, dragging brushes a range; up/down select a lane, Space opens its account.
 */
final class SwimLaneChart extends CanvasPane {
    static final double LABEL_WIDTH = 150;
    static final double AXIS_HEIGHT = 34;
    static final double TOP = 6;
    static final double LANE_HEIGHT = 14;
    private static final double SCROLL_WIDTH = 14;
    private static final Font LABEL_FONT = Font.font("Monospaced", 11);
    private static final Font SELECTED_FONT = Font.font("Monospaced", FontWeight.BOLD, 11);

    private final ClusterTimelineViewModel vm;
    private final ScrollBar scroll = new ScrollBar();
    private final LaneRaster raster;
    private final TimelineGestures gestures;
    private final Tooltip tooltip = new Tooltip();

    SwimLaneChart(ClusterTimelineViewModel vm) {
        this.vm = vm;
        this.raster = new LaneRaster(vm.workspace().palette());
        getStyleClass().add(Styles.CHART);
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.setMin(0);
        scroll.valueProperty().addListener((o, a, b) -> scrolled());
        getChildren().add(scroll);
        gestures = new TimelineGestures(this, canvas, LABEL_WIDTH, 0, () -> window(), vm).zoomOnCtrlWheelOnly()
                .onDragPreview(this::requestDraw);
        gestures.install();
        canvas.addEventHandler(ScrollEvent.SCROLL, this::wheel);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> tooltip.setText(describeAt(e.getX(), e.getY())));
        vm.lanesVersionProperty().addListener((o, a, b) -> refresh());
        vm.windowProperty().addListener((o, a, b) -> requestDraw());
        vm.workspace().brushedRangeProperty().addListener((o, a, b) -> requestDraw());
        vm.workspace().zoneProperty().addListener((o, a, b) -> requestDraw());
        vm.workspace().selectedAccountProperty().addListener((o, a, b) -> requestDraw());
        setMinHeight(120);
    }

    private TimeRange window() {
        return vm.windowProperty().get() != null ? vm.windowProperty().get() : new TimeRange(0, TimeAxis.DAY);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        scroll.resizeRelocate(w - SCROLL_WIDTH, 0, SCROLL_WIDTH, h);
        if (canvas.getWidth() != w - SCROLL_WIDTH || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w - SCROLL_WIDTH));
            canvas.setHeight(h);
            refresh();
        }
    }

    private int visibleCount() {
        return Math.max(1, (int) ((canvas.getHeight() - TOP - AXIS_HEIGHT) / LANE_HEIGHT));
    }

    private int firstLane() {
        return (int) Math.round(scroll.getValue());
    }

    /** Lanes changed or the size did: fit the scroll bar, tell the view model what is on screen, redraw. */
    private void refresh() {
        int lanes = vm.lanes().size();
        int visible = visibleCount();
        scroll.setMax(Math.max(0, lanes - visible));
        scroll.setVisibleAmount(Math.min(lanes, visible));
        scroll.setBlockIncrement(visible);
        scroll.setVisible(lanes > visible);
        vm.chartWidthProperty().set(Math.max(100, canvas.getWidth() - LABEL_WIDTH));
        requestDraw();
    }

    private void scrolled() {
        vm.setVisibleLanes(firstLane(), visibleCount());
        requestDraw();
    }

    private void wheel(ScrollEvent e) {
        if (!e.isShortcutDown() && !e.isShiftDown() && Math.abs(e.getDeltaY()) >= Math.abs(e.getDeltaX())) {
            scroll.setValue(clampLane(scroll.getValue() - Math.signum(e.getDeltaY()) * 3));
            e.consume();
        }
    }

    private double clampLane(double v) {
        return Math.max(scroll.getMin(), Math.min(scroll.getMax(), v));
    }

    private int laneAt(double y) {
        if (y < TOP || y > canvas.getHeight() - AXIS_HEIGHT) {
            return -1;
        }
        int lane = firstLane() + (int) ((y - TOP) / LANE_HEIGHT);
        return lane < vm.lanes().size() ? lane : -1;
    }

    private void clicked(MouseEvent e) {
        int lane = laneAt(e.getY());
        if (lane < 0 || !e.isStillSincePress()) {
            return;
        }
        String account = vm.lanes().get(lane).accountId();
        if (e.getClickCount() == 2 && e.getX() < LABEL_WIDTH) {
            vm.openAccount(account);
        } else {
            vm.selectAccount(account);
        }
    }

    private void key(KeyEvent e) {
        List<LaneSummary> lanes = vm.lanes();
        if (lanes.isEmpty()) {
            return;
        }
        int current = indexOfSelected();
        switch (e.getCode()) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN -> {
                int step = switch (e.getCode()) {
                    case UP -> -1;
                    case DOWN -> 1;
                    case PAGE_UP -> -visibleCount();
                    default -> visibleCount();
                };
                int next = Math.max(0, Math.min(lanes.size() - 1, current < 0 ? 0 : current + step));
                vm.selectAccount(lanes.get(next).accountId());
                if (next < firstLane()) {
                    scroll.setValue(clampLane(next));
                } else if (next >= firstLane() + visibleCount()) {
                    scroll.setValue(clampLane(next - visibleCount() + 1));
                }
            }
            case SPACE -> {
                if (current >= 0) {
                    vm.openAccount(lanes.get(current).accountId());
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private int indexOfSelected() {
        String selected = vm.workspace().selectedAccountProperty().get();
        for (int i = 0; i < vm.lanes().size(); i++) {
            if (vm.lanes().get(i).accountId().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double plotW = width - LABEL_WIDTH;
        double plotH = height - TOP - AXIS_HEIGHT;
        if (plotW < 10 || plotH < LANE_HEIGHT) {
            return;
        }
        TimeRange w = window();
        int first = firstLane();
        int count = Math.min(visibleCount(), Math.max(0, vm.lanes().size() - first));
        List<LaneSummary> visible = vm.lanes().subList(Math.min(first, vm.lanes().size()), first + count);
        String selected = vm.workspace().selectedAccountProperty().get();
        raster.paint(g, visible, vm::series, w, LABEL_WIDTH, TOP, plotW, plotH, LANE_HEIGHT, selected);
        if (vm.lanes().size() > 0) {
            io.hydrascope.ui.core.ChartPainter.timeAxis(g, LABEL_WIDTH, TOP + plotH, plotW, w,
                    vm.workspace().zone(), TOP);
        }
        drawLabels(g, visible, selected);
        drawCreation(g, visible, w, plotW);
        TimeRange brush = gestures.preview() != null ? gestures.preview()
                : vm.workspace().brushedRangeProperty().get();
        io.hydrascope.ui.core.ChartPainter.brush(g, brush, w, LABEL_WIDTH, TOP, plotW, plotH);
    }

    private void drawLabels(GraphicsContext g, List<LaneSummary> visible, String selected) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < visible.size(); i++) {
            LaneSummary lane = visible.get(i);
            boolean isSelected = lane.accountId().equals(selected);
            g.setFont(isSelected ? SELECTED_FONT : LABEL_FONT);
            g.setFill(vm.series(lane.accountId()) == null ? Color.web("#8a9099") : Color.web("#1d2329"));
            String text = lane.accountId().length() > 19 ? lane.accountId().substring(0, 18) + "…" : lane.accountId();
            g.fillText(text, 6, TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2);
        }
    }

    private void drawCreation(GraphicsContext g, List<LaneSummary> visible, TimeRange w, double plotW) {
        g.setFill(Color.web("#1d2329"));
        for (int i = 0; i < visible.size(); i++) {
            Long created = visible.get(i).createdMicros();
            if (created == null || !w.contains(created)) {
                continue;
            }
            double x = LABEL_WIDTH + (created - w.fromMicros()) / (double) w.spanMicros() * plotW;
            double y = TOP + i * LANE_HEIGHT;
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y + LANE_HEIGHT - 2, y + LANE_HEIGHT - 2,
                y + 3}, 3);
        }
    }

    private String describeAt(double x, double y) {
        int lane = laneAt(y);
        if (lane < 0) {
            return null;
        }
        LaneSummary s = vm.lanes().get(lane);
        String head = s.accountId() + " · " + TimeFormats.count(s.interactions()) + " interactions"
                + (s.createdMicros() == null ? "" : " · created "
                + TimeFormats.dateTime(s.createdMicros(), vm.workspace().zone()).substring(0, 16));
        if (x < LABEL_WIDTH) {
            return head + "\nclick: select everywhere · double-click: open its timeline";
        }
        TimeRange w = window();
        long t = w.fromMicros() + (long) ((x - LABEL_WIDTH) / (canvas.getWidth() - LABEL_WIDTH) * w.spanMicros());
        LaneSeries series = vm.series(s.accountId());
        if (series == null) {
            return head + "\ncounting…";
        }
        int i = series.firstEndingAfter(t);
        boolean hit = i < series.size() && series.starts()[i] <= t;
        String when = TimeFormats.dateTime(hit ? series.starts()[i] : t, vm.workspace().zone()) + " "
                + TimeFormats.zoneLabel(vm.workspace().zone());
        return head + "\n" + when + ", " + TimeAxis.bucketLabel(series.bucketMicros()) + ": " + (hit
                ? TimeFormats.count(series.totals()[i]) + " interactions, mostly " + Objects.toString(
                series.dominantModels()[i], "(no model)") : "none");
    }
}
