package io.vitrine.insights;

import java.util.Locale;

/** What an audience member did; the names match the platform contract and the workspace schema. */
public enum EventType {
    IMPRESSION, SMILE, COMMENT, VOTE, PRODUCT_CLICK, ADD_TO_CART, PURCHASE;

    /** The wire/database name: "product_click". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown engagement event type: " + code, e);
        }
    }
}
