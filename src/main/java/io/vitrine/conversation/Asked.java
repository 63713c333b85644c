package io.vitrine.conversation;

import java.util.Locale;

/** What a shopper asks about a product. */
public enum Asked {
    STOCK, COLOUR, SIZE, PRICE, DELIVERY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
