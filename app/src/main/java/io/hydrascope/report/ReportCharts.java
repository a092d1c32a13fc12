package io.hydrascope.report;

import io.hydrascope.model.ChartColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

/** The report's charts, built with JFreeChart for headless rendering (no toolkit, no display). */
final class ReportCharts {
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone("UTC");
    static final Color LAUNCH_COLOUR = new Color(0xB03030);
    /**
     * Room above the tallest bar, as a share of the value range: at the report's 250-pixel chart height it leaves a
     * band of about 25 pixels at the top of the plot, taller than the launch label.
     */
    static final double LAUNCH_HEADROOM = 0.16;

    private ReportCharts() {
    }

    /** Interactions per time bucket, stacked by model, with the model launch marked. */
    static JFreeChart timeline(Timeline t) {
        TimeTableXYDataset data = new TimeTableXYDataset(UTC, Locale.ROOT);
        for (Timeline.Point p : t.points()) {
            // a plain period: JFreeChart's Day and Hour refuse years before 1900 or after 9999, which logs can hold
            TimePeriod period = new SimpleTimePeriod(Date.from(p.start()),
                    Date.from(p.start().plusSeconds(t.bucketSeconds())));
            data.add(period, p.interactions(), p.model(), false);
        }
        DateAxis time = new DateAxis(null, UTC, Locale.ROOT);
        time.setDateFormatOverride(dateFormat(t));
        time.setTickLabelFont(TICK);
        NumberAxis count = new NumberAxis("interactions per " + bucketName(t.bucketSeconds()));
        count.setTickLabelFont(TICK);
        count.setLabelFont(LABEL);
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            bars.setSeriesPaint(i, modelColour(t, data.getSeriesKey(i).toString()));
        }
        XYPlot plot = new XYPlot(data, time, count, bars);
        style(plot);
        if (t.launch() != null) {
            // the label sits in a band at the top that no bar reaches, beside the line on the side with more room
            count.setUpperMargin(LAUNCH_HEADROOM);
            ValueMarker launch = new ValueMarker(t.launch().toEpochMilli(), LAUNCH_COLOUR,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            launch.setLabel((t.newModel() == null ? "new model" : t.newModel()) + " launched");
            launch.setLabelFont(LABEL);
            launch.setLabelPaint(LAUNCH_COLOUR);
            launch.setLabelBackgroundColor(new Color(255, 255, 255, 235));
            boolean late = launchIsLate(t);
            launch.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            launch.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            launch.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
            plot.addDomainMarker(launch);
        }
        return chart(plot);
    }

    /** Whether the launch falls in the last third of the chart, where its label goes left of the line. */
    private static boolean launchIsLate(Timeline t) {
        long first = t.points().stream().mapToLong(p -> p.start().toEpochMilli()).min().orElse(0);
        long last = t.points().stream().mapToLong(p -> p.start().toEpochMilli()).max().orElse(0)
                + t.bucketSeconds() * 1000;
        return last > first && t.launch().toEpochMilli() > first + (last - first) * 2 / 3;
    }

    /** Share of interactions per topic, as horizontal bars labelled with their percentage. */
    static JFreeChart topics(List<TopicShare> topics) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.Map<String, Color> colours = new java.util.HashMap<>();
        for (TopicShare t : topics) {
            String name = ReportText.truncate(ReportText.oneLine(t.topic()), 40);
            data.addValue(100 * t.share(), "share", name);
            colours.putIfAbsent(name, topicColour(t.topic()));
        }
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelFont(LABEL);
        names.setCategoryMargin(0.25);
        NumberAxis share = new NumberAxis("% of interactions");
        share.setTickLabelFont(TICK);
        share.setLabelFont(LABEL);
        share.setUpperMargin(0.15);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(data.getColumnKey(column).toString());
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.6);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
                new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(TICK);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, names, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /** A topic's colour, as in every view of the window. */
    static Color topicColour(String topic) {
        return new Color(ChartColours.rgb(ChartColours.topic(topic)));
    }

    /** A model's colour, as in the window: by its place among the case's models in first-seen order. */
    static Color modelColour(Timeline t, String model) {
        int i = t.models().indexOf(model);
        return new Color(ChartColours.rgb(ChartColours.model(i < 0 ? t.models().size() : i)));
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
    }

    private static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(LABEL);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** Tick labels in the proleptic Gregorian calendar of the report's text (java.time), also before 1582. */
    private static java.text.DateFormat dateFormat(Timeline t) {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat(t.bucketSeconds() >= 86_400 ? "MMM d"
                : "MMM d HH:mm", Locale.ROOT);
        java.util.GregorianCalendar calendar = new java.util.GregorianCalendar(UTC, Locale.ROOT);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        f.setCalendar(calendar);
        return f;
    }

    static String bucketName(long seconds) {
        return seconds >= 86_400 ? "day" : seconds == 3600 ? "hour" : (seconds / 3600) + " hours";
    }
}
