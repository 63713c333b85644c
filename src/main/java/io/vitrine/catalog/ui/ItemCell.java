package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A catalog item in a list: title and id on the left, price and stock badge on the right. */
public final class ItemCell extends ListCell<ItemSummary> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label price = new Label();
    private final Label stock = new Label();
    private final HBox row;

    public ItemCell() {
        title.getStyleClass().add("item-title");
        detail.getStyleClass().add("item-detail");
        price.getStyleClass().add("item-price");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox text = new VBox(1, title, detail);
        VBox right = new VBox(2, price, stock);
        right.setAlignment(Pos.CENTER_RIGHT);
        row = new HBox(8, text, spacer, right);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ItemSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText(item.title());
        detail.setText(item.brand() == null ? item.id() : item.brand() + " · " + item.id());
        price.setText(Formats.money(item.priceMicros(), item.currency()));
        StockBadge.apply(stock, item);
        setGraphic(row);
    }
}
