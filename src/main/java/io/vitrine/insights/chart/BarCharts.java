package io.vitrine.insights.chart;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Funnel;
import io.vitrine.insights.FunnelStep;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.SegmentRow;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bar charts: the funnel (each bar labelled, so the small steps read on one scale), segments, products, posts. */
public final class BarCharts {
    private static final int MAX_BARS = 12;

    private BarCharts() {
    }

    /** Each step's count and the share of the step before it, as the bar's label. */
    public static JFreeChart funnel(String title, Funnel funnel, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FunnelStep step : funnel.steps()) {
            data.addValue(step.count(), "Events", step.label());
        }
        JFreeChart chart = bars(title, data, theme, new Color[] {theme.series(EventType.IMPRESSION)});
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                FunnelStep step = funnel.steps().get(column);
                return Formats.count(step.count()) + (step.rate() == null ? "" : "  (" + Formats.percent(step.rate()) + " of previous)");
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(theme.text());
        renderer.setDefaultItemLabelFont(theme.labelFont());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        // room on the right for the labels of the longest bars
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.45);
        return chart;
    }

    /** One bar per segment value for each metric. */
    public static JFreeChart segments(String title, List<SegmentRow> rows, List<EventType> metrics, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SegmentRow row : rows.subList(0, Math.min(MAX_BARS, rows.size()))) {
            for (EventType metric : metrics) {
                data.addValue(row.events().get(metric), metric.plural(), row.label());
            }
        }
        return bars(title, data, theme, metrics.stream().map(theme::series).toArray(Color[]::new));
    }

    /** The products with the most clicks: clicks, add-to-carts and purchases side by side. */
    public static JFreeChart products(String title, List<ProductTotals> products, ChartTheme theme) {
        List<EventType> metrics = List.of(EventType.PRODUCT_CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);
        return ranked(title, products.stream().sorted((a, b) -> Long.compare(b.totals().count(EventType.PRODUCT_CLICK),
                a.totals().count(EventType.PRODUCT_CLICK))).toList(), p -> p.title() == null ? p.itemId()
                : shorten(p.title()), metrics, p -> p.totals()::count, theme);
    }

    /** Posts on one metric, in the order given (best first). */
    public static JFreeChart posts(String title, List<PublicationTotals> posts, EventType metric, ChartTheme theme) {
        return ranked(title, posts, p -> shorten(p.label()), List.of(metric), p -> p.totals()::count, theme);
    }

    private static <T> JFreeChart ranked(String title, List<T> items, Function<T, String> name, List<EventType> metrics,
                                         Function<T, Function<EventType, Long>> value, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (T item : items.subList(0, Math.min(MAX_BARS, items.size()))) {
            for (EventType metric : metrics) {
                data.addValue(value.apply(item).apply(metric), metric.plural(), name.apply(item));
            }
        }
        return bars(title, data, theme, metrics.stream().map(theme::series).toArray(Color[]::new));
    }

    private static JFreeChart bars(String title, DefaultCategoryDataset data, ChartTheme theme, Color[] colours) {
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}: {2}",
                new java.text.DecimalFormat("#,##0")));
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        if (colours.length == 1) {
            chart.removeLegend();
        }
        return ChartStyle.apply(chart, theme);
    }

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 34 ? line.substring(0, 33) + "…" : line;
    }
}
