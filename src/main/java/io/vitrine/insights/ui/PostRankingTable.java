package io.vitrine.insights.ui;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Money;
import io.vitrine.insights.RankedPost;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;

/** Top or bottom posts on the ranking metric: caption, the metric, a daily sparkline, revenue; double-click opens results. */
final class PostRankingTable extends TableView<RankedPost> {
    private EventType metric = EventType.PRODUCT_CLICK;

    PostRankingTable(String id, LongConsumer open) {
        setId(id);
        TableColumn<RankedPost, String> post = new TableColumn<>("Post");
        post.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().post().label()));
        post.setPrefWidth(300);
        TableColumn<RankedPost, Long> count = new TableColumn<>("Count");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().post().totals().count(metric)));
        count.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Formats.count(n));
            }
        });
        count.setMinWidth(110);
        count.getStyleClass().add("numeric-column");
        TableColumn<RankedPost, long[]> trend = new TableColumn<>("Per day");
        trend.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daily()));
        trend.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(long[] values, boolean empty) {
                super.updateItem(values, empty);
                setGraphic(empty || values == null ? null : new Sparkline(values, Color.web("#4493f8")));
            }
        });
        trend.setMinWidth(130);
        TableColumn<RankedPost, String> revenue = new TableColumn<>("Revenue");
        revenue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().post().totals().revenue().isEmpty() ? "–"
                : c.getValue().post().totals().revenue().stream().map(Money::display).collect(Collectors.joining(", "))));
        revenue.setMinWidth(120);
        getColumns().setAll(java.util.List.of(post, count, trend, revenue));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefHeight(220);
        setRowFactory(t -> {
            TableRow<RankedPost> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().post().id());
                }
            });
            return row;
        });
    }

    void show(java.util.List<RankedPost> posts, EventType rankedOn) {
        metric = rankedOn;
        getColumns().get(1).setText(rankedOn.plural());
        getItems().setAll(posts);
    }
}
