package io.vitrine.poll.ui;

import io.vitrine.poll.stats.ShareTimeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** Cumulative share of each option, hour by hour: whether the lead is steady or still moving. */
final class ShareChart extends LineChart<Number, Number> {
    static final String STYLE = "share-chart";
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.getDefault());

    ShareChart() {
        super(new NumberAxis(), new NumberAxis(0, 100, 10));
        setId("shareChart");
        getStyleClass().add(STYLE);
        setCreateSymbols(false);
        setAnimated(false);
        setPrefHeight(260);
        setLegendVisible(true);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochHour) {
                return DAY_HOUR.format(Instant.ofEpochSecond(epochHour.longValue() * 3600).atZone(ZoneId.systemDefault()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        getYAxis().setLabel("Share of votes so far (%)");
    }

    /**
     * @param leader the option ahead (-1 for none): drawn first, so it takes the accent colour its vote bar has
     *               (the series' colours follow the order they are added in)
     */
    void show(List<ShareTimeline.Point> points, int options, IntFunction<String> labels, int leader) {
        getData().clear();
        if (points.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        if (leader >= 0 && leader < options) {
            order.add(leader);
        }
        for (int i = 0; i < options; i++) {
            if (i != leader) {
                order.add(i);
            }
        }
        for (int i : order) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(labels.apply(i));
            for (ShareTimeline.Point point : points) {
                series.getData().add(new XYChart.Data<>(point.hour().getEpochSecond() / 3600, point.shares()[i] * 100));
            }
            getData().add(series);
        }
        NumberAxis x = (NumberAxis) getXAxis();
        long first = points.get(0).hour().getEpochSecond() / 3600;
        long last = Math.max(first + 1, points.get(points.size() - 1).hour().getEpochSecond() / 3600);
        x.setAutoRanging(false);
        x.setLowerBound(first);
        x.setUpperBound(last);
        x.setTickUnit(Math.max(1, Math.ceil((last - first) / 6.0)));
    }
}
