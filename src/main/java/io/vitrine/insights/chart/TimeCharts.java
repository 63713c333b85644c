package io.vitrine.insights.chart;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.TimeBucket;
import io.vitrine.insights.TimeSeries;
import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts over time: counts per event type (plus overlays) and revenue per currency, on the brand's clock. */
public final class TimeCharts {
    private TimeCharts() {
    }

    /** One line per event type, then one dashed line per overlay; x is each bucket's start in the brand's zone. */
    public static JFreeChart counts(String title, TimeSeries series, List<EventType> types, ZoneId zone, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = renderer(series);
        int n = 0;
        for (EventType type : types) {
            data.addSeries(line(type.plural(), series, series.values(type)));
            renderer.setSeriesPaint(n, theme.series(type));
            renderer.setSeriesStroke(n++, new BasicStroke(2f));
        }
        for (int i = 0; i < series.overlays().size(); i++) {
            TimeSeries.Line overlay = series.overlays().get(i);
            data.addSeries(line(overlay.label(), series, overlay.values()));
            renderer.setSeriesPaint(n, theme.series(i + 1));
            renderer.setSeriesStroke(n++, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f));
        }
        return chart(title, data, renderer, series.bucket(), zone, theme, new DecimalFormat("#,##0"));
    }

    /** Purchases' amounts per bucket, one line per currency (never added together). */
    public static JFreeChart revenue(String title, TimeSeries series, ZoneId zone, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = renderer(series);
        int n = 0;
        for (Map.Entry<String, long[]> currency : series.revenue().entrySet()) {
            long[] micros = currency.getValue();
            XYSeries line = new XYSeries("Revenue " + (currency.getKey().isEmpty() ? "(no currency)" : currency.getKey()));
            for (int i = 0; i < micros.length; i++) {
                line.add(series.starts().get(i).toEpochMilli(), micros[i] / (double) Formats.micros());
            }
            data.addSeries(line);
            renderer.setSeriesPaint(n, theme.series(n));
            renderer.setSeriesStroke(n++, new BasicStroke(2f));
        }
        return chart(title, data, renderer, series.bucket(), zone, theme, new DecimalFormat("#,##0.00"));
    }

    private static XYSeries line(String name, TimeSeries series, long[] values) {
        XYSeries line = new XYSeries(name, false, true);
        for (int i = 0; i < values.length; i++) {
            line.add(series.starts().get(i).toEpochMilli(), values[i]);
        }
        return line;
    }

    private static XYLineAndShapeRenderer renderer(TimeSeries series) {
        return new XYLineAndShapeRenderer(true, series.starts().size() <= 45);
    }

    private static JFreeChart chart(String title, XYSeriesCollection data, XYLineAndShapeRenderer renderer,
                                    TimeBucket bucket, ZoneId zone, ChartTheme theme, DecimalFormat numbers) {
        DateAxis x = new DateAxis();
        x.setTimeZone(TimeZone.getTimeZone(zone));
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis();
        y.setNumberFormatOverride(numbers);
        y.setAutoRangeIncludesZero(true);
        SimpleDateFormat when = new SimpleDateFormat(bucket == TimeBucket.HOUR ? "EEE d MMM, HH:mm"
                : bucket == TimeBucket.WEEK ? "'Week of' d MMM yyyy" : "EEE d MMM yyyy", Locale.getDefault());
        when.setTimeZone(TimeZone.getTimeZone(zone));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} · {1}: {2}", when, numbers));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        return ChartStyle.apply(chart, theme);
    }
}
