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

    /** A product's badge: how many of its variants can be bought. */
    public static void apply(Label label, io.vitrine.catalog.ProductRow product) {
        reset(label);
        if (product.variants() == 0) {
            label.setText("Removed from catalog");
            label.getStyleClass().add("badge-negative");
        } else if (product.purchasable() == 0) {
            label.setText("Out of stock");
            label.getStyleClass().add("badge-negative");
        } else if (product.outOfStock() > 0) {
            label.setText(product.purchasable() + " of " + product.variants() + " available");
            label.getStyleClass().add("badge-warning");
        } else {
            label.setText(product.variants() > 1 ? "All " + product.variants() + " available" : "Available");
            label.getStyleClass().add("badge-positive");
        }
    }

    private static void reset(Label label) {
        label.getStyleClass().removeAll("badge", "badge-positive", "badge-warning", "badge-negative", "badge-neutral");
        label.getStyleClass().add("badge");
    }

    public static void apply(Label label, ItemSummary item) {
        reset(label);
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
