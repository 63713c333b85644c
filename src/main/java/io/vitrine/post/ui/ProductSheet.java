package io.vitrine.post.ui;

import atlantafx.base.theme.Styles;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ui.StockBadge;
import io.vitrine.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What a shopper sees after tapping a pin: the product's title, price, stock and a Buy button. */
final class ProductSheet extends VBox {
    static final String FEED_BUY = "feed-buy";
    static final String FEED_PRODUCT_SHEET = "feed-product-sheet";
    static final String FEED_SHEET_CLOSE = "feed-sheet-close";
    static final String FEED_SHEET_PRICE = "feed-sheet-price";
    static final String FEED_SHEET_TITLE = "feed-sheet-title";
    static final String ID = "productSheet";
    private final Label title = new Label();
    private final Label price = new Label();
    private final Label stock = new Label();
    private final Button buy = new Button("Buy");

    ProductSheet() {
        super(6);
        setId(ID);
        getStyleClass().add(FEED_PRODUCT_SHEET);
        title.getStyleClass().add(FEED_SHEET_TITLE);
        title.setWrapText(true);
        price.getStyleClass().add(FEED_SHEET_PRICE);
        buy.getStyleClass().addAll(Styles.ACCENT, FEED_BUY);
        buy.setId("productSheetBuy");
        Button close = new Button("×");
        close.getStyleClass().addAll(Styles.FLAT, FEED_SHEET_CLOSE);
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, title, spacer, close);
        top.setAlignment(Pos.TOP_LEFT);
        HBox bottom = new HBox(8, price, stock, spacerOf(), buy);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom);
        setMaxHeight(Region.USE_PREF_SIZE);
        hide();
    }

    private static Region spacerOf() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    void show(ItemSummary item, String itemId) {
        if (item == null) {
            title.setText(itemId + " (not in the catalog)");
            price.setText("");
            stock.setText("");
            buy.setDisable(true);
        } else {
            title.setText(item.title());
            price.setText(Formats.money(item.priceMicros(), item.currency()));
            StockBadge.apply(stock, item);
            buy.setDisable(item.needsAttention());
        }
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }
}
