package io.vitrine.insights.ui;

import io.vitrine.insights.DailyCounts;
import io.vitrine.insights.EventType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The dashboard's charts (JFreeChart), styled to sit on both the light and the dark theme:
 * transparent backgrounds, mid-grey text and grid, one colour per event type.
 */
final class InsightsCharts {
    private static final Color TEXT = new Color(0x8b949e);
    private static final Color GRID = new Color(0x8b949e, false);
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final Map<EventType, Color> COLORS = Map.of(
            EventType.IMPRESSION, new Color(0x0969da), EventType.SMILE, new Color(0xbf8700),
            EventType.COMMENT, new Color(0x8250df), EventType.VOTE, new Color(0x1a7f37),
            EventType.PRODUCT_CLICK, new Color(0x0550ae), EventType.ADD_TO_CART, new Color(0xbc4c00),
            EventType.PURCHASE, new Color(0xcf222e));

    private InsightsCharts() {
    }

    static JFreeChart daily(String title, List<DailyCounts> days, List<EventType> types) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        for (EventType type : types) {
            TimeSeries series = new TimeSeries(type.plural());
            for (DailyCounts day : days) {
                series.add(new Day(Date.from(day.day().atStartOfDay(ZoneOffset.UTC).toInstant())), day.events().get(type));
            }
            dataset.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, null, dataset, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, days.size() < 45);
        for (int i = 0; i < types.size(); i++) {
            renderer.setSeriesPaint(i, COLORS.get(types.get(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(chart);
        plot.setBackgroundPaint(CLEAR);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelPaint(TEXT);
        plot.getRangeAxis().setTickLabelPaint(TEXT);
        return chart;
    }

    static JFreeChart bars(String title, Map<String, Long> values, EventType type) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((segment, count) -> dataset.addValue(count, type.plural(), segment));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL,
                false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, COLORS.get(type));
        renderer.setMaximumBarWidth(0.08);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(chart);
        plot.setBackgroundPaint(CLEAR);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelPaint(TEXT);
        plot.getRangeAxis().setTickLabelPaint(TEXT);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(CLEAR);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(CLEAR);
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /** Saves a chart as PNG or SVG (by the file's extension) at a size suitable for slides. */
    static void save(JFreeChart chart, Path file) throws IOException {
        int width = 1200;
        int height = 675;
        boolean svg = file.getFileName().toString().toLowerCase().endsWith(".svg");
        // a white background reads well in documents whatever the app's theme
        java.awt.Paint background = chart.getBackgroundPaint();
        chart.setBackgroundPaint(Color.WHITE);
        try {
            if (svg) {
                SVGGraphics2D g2 = new SVGGraphics2D(width, height);
                chart.draw(g2, new Rectangle(width, height));
                SVGUtils.writeToSVG(new File(file.toString()), g2.getSVGElement());
            } else {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            }
        } finally {
            chart.setBackgroundPaint(background);
        }
    }
}
