package io.vitrine.report;

import io.vitrine.insights.EventType;

/** Column and row labels for event types, as people say them. */
final class EventLabels {
    private EventLabels() {
    }

    static String plural(EventType type) {
        return switch (type) {
            case IMPRESSION -> "Impressions";
            case SMILE -> "Smiles";
            case COMMENT -> "Comments";
            case VOTE -> "Votes";
            case PRODUCT_CLICK -> "Product clicks";
            case ADD_TO_CART -> "Add-to-carts";
            case PURCHASE -> "Purchases";
        };
    }
}
