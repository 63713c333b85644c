package io.vitrine.insights.ui;

import io.vitrine.insights.EventType;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Every tagged product with clicks, add-to-carts, purchases, revenue, posts and conversion (sortable); selecting
 * one lists the posts and polls its shopping came from, and double-clicking a post there opens its results.
 */
final class ProductsPanel extends VBox {
    private final TableView<ProductTotals> products = new TableView<>();
    private final TableView<PublicationTotals> sources = new TableView<>();
    private final Label sourcesTitle = new Label("Select a product to see which posts sold it.");

    ProductsPanel(Consumer<String> openProduct, LongConsumer openPost, ObservableList<PublicationTotals> sourceRows) {
        super(8);
        products.setId("productsTable");
        products.getColumns().setAll(List.of(
                Columns.text("Product", p -> p.title() == null ? p.itemId() : p.title() + "  (" + p.itemId() + ")", 320),
                Columns.count("Clicks", p -> p.totals().count(EventType.PRODUCT_CLICK)),
                Columns.count("Carts", p -> p.totals().count(EventType.ADD_TO_CART)),
                Columns.count("Purchases", p -> p.totals().count(EventType.PURCHASE)),
                Columns.revenue("Revenue", p -> p.totals().revenue()),
                Columns.count("Posts", p -> (long) p.posts()),
                Columns.rate("Conversion", ProductTotals::conversion)));
        products.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        products.setPlaceholder(new Label("No products tagged on these posts yet."));
        products.setPrefHeight(300);
        products.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                sourcesTitle.setText("Where " + (now.title() == null ? now.itemId() : now.title()) + " sold");
                openProduct.accept(now.itemId());
            }
        });
        sources.setId("productSourcesTable");
        sources.getColumns().setAll(List.of(
                Columns.text("Post or poll", p -> (p.isPost() ? "" : "Poll ") + p.label(), 320),
                Columns.count("Clicks", p -> p.totals().count(EventType.PRODUCT_CLICK)),
                Columns.count("Carts", p -> p.totals().count(EventType.ADD_TO_CART)),
                Columns.count("Purchases", p -> p.totals().count(EventType.PURCHASE)),
                Columns.revenue("Revenue", p -> p.totals().revenue())));
        sources.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sources.setItems(sourceRows);
        sources.setPrefHeight(180);
        sources.setRowFactory(t -> {
            TableRow<PublicationTotals> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().isPost()) {
                    openPost.accept(row.getItem().id());
                }
            });
            return row;
        });
        sourcesTitle.getStyleClass().add("title-4");
        getChildren().setAll(products, sourcesTitle, sources);
    }

    void show(List<ProductTotals> rows) {
        products.getItems().setAll(rows);
    }
}
