package io.vitrine.insights;

import java.util.Locale;

/** What an audience member did; the names match the platform contract and the workspace schema. */
public enum EventType {
    IMPRESSION("Impressions"), SMILE("Smiles"), COMMENT("Comments"), VOTE("Votes"),
    PRODUCT_CLICK("Product clicks"), ADD_TO_CART("Add-to-carts"), PURCHASE("Purchases");

    private final String plural;

    EventType(String plural) {
        this.plural = plural;
    }

    /** How a marketer names a count of them: "Product clicks". */
    public String plural() {
        return plural;
    }

    /** The wire/database name: "product_click". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Product clicks, add-to-carts and purchases: the events that carry the catalog item they were about. */
    public boolean isShopping() {
        return this == PRODUCT_CLICK || this == ADD_TO_CART || this == PURCHASE;
    }

    public static EventType fromCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown engagement event type: " + code, e);
        }
    }
}
