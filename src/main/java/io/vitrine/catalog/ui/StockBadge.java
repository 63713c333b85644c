package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import javafx.scene.control.Label;

/** The availability badge used wherever an item is shown: green in stock, amber low/preorder, red out or removed. */
public final class StockBadge {
    static final int LOW_STOCK = 5;

    private StockBadge() {
    }

    public static Label of(ItemSummary item) {
        Label label = new Label();
        apply(label, item);
        return label;
    }

    public static void apply(Label label, ItemSummary item) {
        label.getStyleClass().removeAll("badge", "badge-positive", "badge-warning", "badge-negative", "badge-neutral");
        label.getStyleClass().add("badge");
        if (item.removed()) {
            label.setText("Removed from catalog");
            label.getStyleClass().add("badge-negative");
            return;
        }
        switch (item.availability()) {
            case OUT_OF_STOCK -> {
                label.setText("Out of stock");
                label.getStyleClass().add("badge-negative");
            }
            case PREORDER -> {
                label.setText("Preorder");
                label.getStyleClass().add("badge-warning");
            }
            case BACKORDER -> {
                label.setText("Backorder");
                label.getStyleClass().add("badge-warning");
            }
            case IN_STOCK -> {
                Integer stock = item.stockQuantity();
                if (stock != null && stock <= LOW_STOCK) {
                    label.setText("Only " + stock + " left");
                    label.getStyleClass().add("badge-warning");
                } else {
                    label.setText(stock == null ? "In stock" : stock + " in stock");
                    label.getStyleClass().add("badge-positive");
                }
            }
        }
    }
}
