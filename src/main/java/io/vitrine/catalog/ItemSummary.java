package io.vitrine.catalog;

import io.vitrine.catalog.item.Availability;

/**
 * What other features need to show a catalog item (a tag pin, a poll option, a picker row).
 * {@code removed} means the last import no longer had it: tags pointing at it are stale.
 */
public record ItemSummary(String id, String itemGroupId, String title, String brand, long priceMicros,
                          String currency, Availability availability, Integer stockQuantity, String imageLink,
                          boolean removed) {

    /** Stale for a tag or poll option: gone from the feed, or not purchasable. */
    public boolean needsAttention() {
        return removed || !availability.purchasable();
    }
}
