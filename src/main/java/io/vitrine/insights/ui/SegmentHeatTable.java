package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.insights.SegmentRow;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * One segment dimension as a heat table: a row per value (FR, DE … or New/Returning), a column per event type
 * plus click-through; each cell is tinted by its share of the column's largest value, so where an audience is
 * strong reads at a glance. The tint is the accent colour at a computed opacity, on either theme.
 */
final class SegmentHeatTable extends VBox {
    private static final List<EventType> METRICS = List.of(EventType.IMPRESSION, EventType.SMILE, EventType.COMMENT,
            EventType.VOTE, EventType.PRODUCT_CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);

    SegmentHeatTable(SegmentDimension dimension, List<SegmentRow> rows) {
        super(6);
        setId("segments-" + dimension.code());
        Label title = new Label(dimension.label());
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heat-table");
        grid.add(header(""), 0, 0);
        for (int c = 0; c < METRICS.size(); c++) {
            grid.add(header(METRICS.get(c).plural()), c + 1, 0);
        }
        grid.add(header("Clicks per impression"), METRICS.size() + 1, 0);
        for (int r = 0; r < rows.size(); r++) {
            SegmentRow row = rows.get(r);
            Label name = new Label(row.label());
            name.getStyleClass().add("heat-name");
            grid.add(name, 0, r + 1);
            for (int c = 0; c < METRICS.size(); c++) {
                EventType metric = METRICS.get(c);
                long max = rows.stream().mapToLong(x -> x.events().get(metric)).max().orElse(0);
                long value = row.events().get(metric);
                grid.add(cell(Formats.count(value), max == 0 ? 0 : (double) value / max,
                        row.label() + " · " + metric.plural().toLowerCase(Locale.ROOT) + ": " + Formats.count(value)), c + 1, r + 1);
            }
            Double ctr = row.clickThrough();
            grid.add(cell(ctr == null ? "–" : Formats.percent(ctr), 0, "Product clicks per impression in this segment"),
                    METRICS.size() + 1, r + 1);
        }
        getChildren().setAll(title, rows.isEmpty() ? new Label("No events in this period.") : grid);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-header");
        label.setPadding(new Insets(4, 8, 4, 8));
        return label;
    }

    private static Label cell(String text, double heat, String tip) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-cell");
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(4, 8, 4, 8));
        // computed value: the accent colour's opacity is the cell's share of the column's largest
        label.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(68, 147, 248, %.2f);", 0.08 + 0.6 * heat));
        label.setTooltip(new Tooltip(tip));
        return label;
    }
}
