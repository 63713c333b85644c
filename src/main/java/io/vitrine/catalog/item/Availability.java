package io.vitrine.catalog.item;

import java.util.Locale;

/** Stock status as merchant feeds spell it ("in stock", "in_stock", "out of stock" …). */
public enum Availability {
    IN_STOCK, OUT_OF_STOCK, PREORDER, BACKORDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Availability fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    /** True when a shopper can buy it now or soon. */
    public boolean purchasable() {
        return this != OUT_OF_STOCK;
    }
}
