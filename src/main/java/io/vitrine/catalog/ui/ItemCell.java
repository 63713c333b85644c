package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import javafx.scene.control.ListCell;

/** A catalog item in a list: thumbnail, title and id on the left, price and stock badge on the right. */
public final class ItemCell extends ListCell<ItemSummary> {
    private final ItemRowGraphic row;

    public ItemCell() {
        this(null);
    }

    /** @param thumbnails where pictures come from, or null for rows without pictures */
    public ItemCell(ThumbnailLoader thumbnails) {
        row = new ItemRowGraphic(thumbnails);
    }

    @Override
    protected void updateItem(ItemSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        row.show(item);
        setGraphic(row);
    }
}
