package io.vitrine.catalog;

import io.vitrine.catalog.item.Availability;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What other features need to show a catalog item (a tag pin, a poll option, a picker row).
 * {@code removed} means the last import no longer had it: tags pointing at it are stale.
 */
public record ItemSummary(String id, String itemGroupId, String title, String brand, long priceMicros,
                          String currency, Availability availability, Integer stockQuantity, String imageLink,
                          boolean removed) {

    /** The catalog_item columns {@link #map} reads. */
    public static final String COLUMNS = "id, item_group_id, title, brand, price_micros, currency, availability,"
            + " stock_quantity, image_link, removed";

    /** Row mapper for a query that selects {@link #COLUMNS}. */
    public static ItemSummary map(ResultSet row) throws SQLException {
        int stock = row.getInt("stock_quantity");
        Integer stockQuantity = row.wasNull() ? null : stock;
        return new ItemSummary(row.getString("id"), row.getString("item_group_id"), row.getString("title"),
                row.getString("brand"), row.getLong("price_micros"), row.getString("currency"),
                Availability.fromCode(row.getString("availability")), stockQuantity, row.getString("image_link"),
                row.getInt("removed") == 1);
    }

    /** Stale for a tag or poll option: gone from the feed, or not purchasable. */
    public boolean needsAttention() {
        return removed || !availability.purchasable();
    }
}
