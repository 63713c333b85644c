package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.Money;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns the Insights tables share: text, counts (sortable as numbers), rates, revenue per currency. */
final class Columns {
    private static final double NUMBER_WIDTH = 112;

    private Columns() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static <T> TableColumn<T, Long> count(String title, Function<T, Long> value) {
        TableColumn<T, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Formats.count(n));
            }
        });
        column.getStyleClass().add("numeric-column");
        column.setMinWidth(NUMBER_WIDTH);
        return column;
    }

    /** A share (0–1), sorted as a number; "–" when there is none. */
    static <T> TableColumn<T, Double> rate(String title, Function<T, Double> value) {
        TableColumn<T, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double rate, boolean empty) {
                super.updateItem(rate, empty);
                setText(empty ? null : rate == null ? "–" : Formats.percent(rate));
            }
        });
        column.getStyleClass().add("numeric-column");
        column.setMinWidth(NUMBER_WIDTH);
        return column;
    }

    /** Revenue per currency, side by side ("€1,234.00, £40.00"); sorts by the first currency's amount. */
    static <T> TableColumn<T, List<Money>> revenue(String title, Function<T, List<Money>> value) {
        TableColumn<T, List<Money>> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<Money> revenue, boolean empty) {
                super.updateItem(revenue, empty);
                setText(empty || revenue == null ? null : revenue.isEmpty() ? "–"
                        : revenue.stream().map(Money::display).collect(Collectors.joining(", ")));
            }
        });
        column.setComparator((a, b) -> Long.compare(a.isEmpty() ? 0 : a.get(0).micros(), b.isEmpty() ? 0 : b.get(0).micros()));
        column.getStyleClass().add("numeric-column");
        column.setMinWidth(130);
        return column;
    }
}
