package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.ProductRow;
import io.vitrine.ui.StyleClasses;
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
    public static void apply(Label label, ProductRow product) {
        if (product.variants() == 0) {
            show(label, "Removed from catalog", StyleClasses.BADGE_NEGATIVE);
        } else if (product.purchasable() == 0) {
            show(label, "Out of stock", StyleClasses.BADGE_NEGATIVE);
        } else if (product.outOfStock() > 0) {
            show(label, product.purchasable() + " of " + product.variants() + " available", StyleClasses.BADGE_WARNING);
        } else {
            show(label, product.variants() > 1 ? "All " + product.variants() + " available" : "Available",
                    StyleClasses.BADGE_POSITIVE);
        }
    }

    public static void apply(Label label, ItemSummary item) {
        show(label, text(item), tint(item));
    }

    /** What the badge says of an item, for lines that name it in words ("Only 3 left", "Removed from catalog"). */
    public static String text(ItemSummary item) {
        if (item.removed()) {
            return "Removed from catalog";
        }
        return switch (item.availability()) {
            case OUT_OF_STOCK -> "Out of stock";
            case PREORDER -> "Preorder";
            case BACKORDER -> "Backorder";
            case IN_STOCK -> {
                Integer stock = item.stockQuantity();
                if (stock != null && stock <= LOW_STOCK) {
                    yield "Only " + stock + " left";
                }
                yield stock == null ? "In stock" : stock + " in stock";
            }
        };
    }

    private static String tint(ItemSummary item) {
        if (item.removed()) {
            return StyleClasses.BADGE_NEGATIVE;
        }
        return switch (item.availability()) {
            case OUT_OF_STOCK -> StyleClasses.BADGE_NEGATIVE;
            case PREORDER, BACKORDER -> StyleClasses.BADGE_WARNING;
            case IN_STOCK -> item.stockQuantity() != null && item.stockQuantity() <= LOW_STOCK ? StyleClasses.BADGE_WARNING
                    : StyleClasses.BADGE_POSITIVE;
        };
    }

    private static void show(Label label, String text, String tint) {
        label.getStyleClass().removeAll(StyleClasses.BADGE_TINTS);
        if (!label.getStyleClass().contains(StyleClasses.BADGE)) {
            label.getStyleClass().add(StyleClasses.BADGE);
        }
        label.setText(text);
        label.getStyleClass().add(tint);
    }
}
