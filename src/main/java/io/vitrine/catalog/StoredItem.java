package io.vitrine.catalog;

import io.vitrine.catalog.item.CatalogItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A catalog item as the workspace holds it: its fields, whether the last import removed it, when it last changed, and where from. */
public record StoredItem(CatalogItem item, boolean removed, Instant updatedAt, String sourceName) {
    static final String EXTRA = "(SELECT name FROM catalog_source WHERE id = i.source_id) AS source_name";

    public ItemSummary summary() {
        return new ItemSummary(item.id(), item.itemGroupId(), item.title(), item.brand(), item.priceMicros(), item.currency(),
                item.availability(), item.stockQuantity(), item.imageLink(), removed);
    }

    static StoredItem map(ResultSet row) throws SQLException {
        return new StoredItem(ItemRows.item(row), row.getInt("removed") == 1, instant(row.getString("updated_at")),
                row.getString("source_name"));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
