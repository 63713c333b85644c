package io.vitrine.insights.chart;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/** Puts a theme on a chart: title, legend, axes, grid and backgrounds. */
final class ChartStyle {
    private ChartStyle() {
    }

    static JFreeChart apply(JFreeChart chart, ChartTheme theme) {
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPaint(theme.text());
            title.setFont(theme.titleFont());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(theme.background());
            legend.setItemPaint(theme.text());
            legend.setItemFont(theme.labelFont());
            legend.setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(theme.mutedText());
        if (plot instanceof XYPlot xy) {
            axis(xy.getDomainAxis(), theme);
            axis(xy.getRangeAxis(), theme);
            xy.setDomainGridlinePaint(theme.grid());
            xy.setRangeGridlinePaint(theme.grid());
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
        } else if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis(), theme);
            axis(category.getRangeAxis(), theme);
            category.setRangeGridlinePaint(theme.grid());
            category.setRangeGridlineStroke(new BasicStroke(0.6f));
        }
        return chart;
    }

    private static void axis(Axis axis, ChartTheme theme) {
        axis.setTickLabelPaint(theme.text());
        axis.setTickLabelFont(theme.labelFont());
        axis.setLabelPaint(theme.text());
        axis.setLabelFont(theme.labelFont());
        axis.setAxisLinePaint(theme.grid());
        axis.setTickMarkPaint(theme.grid());
    }
}
