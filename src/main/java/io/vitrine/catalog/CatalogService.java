package io.vitrine.catalog;

import io.vitrine.workspace.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The catalog as other features see it: look up an item, search for items, list a variant group.
 * (The catalog feature grows this with import and full-text search; these signatures stay.)
 */
public final class CatalogService {
    private static final String SUMMARY_COLUMNS = "id, item_group_id, title, brand, price_micros, currency,"
            + " availability, stock_quantity, image_link, removed";

    private final Database database;

    public CatalogService(Database database) {
        this.database = database;
    }

    public Optional<ItemSummary> find(String id) {
        return database.read(sql -> sql.one("SELECT " + SUMMARY_COLUMNS + " FROM catalog_item WHERE id = ?",
                CatalogService::summary, id));
    }

    /** Items whose title, brand or id contain the query, best matches first; never removed items. */
    public List<ItemSummary> search(String query, int limit) {
        String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.read(sql -> sql.list("SELECT " + SUMMARY_COLUMNS + " FROM catalog_item"
                + " WHERE removed = 0 AND (title LIKE ?1 ESCAPE '\\' OR brand LIKE ?1 ESCAPE '\\' OR id LIKE ?1 ESCAPE '\\')"
                + " ORDER BY title LIMIT ?2", CatalogService::summary, like, limit));
    }

    /** The other variants (colours, sizes) of an item's group, for "retag to another variant". */
    public List<ItemSummary> variantsOf(String itemGroupId) {
        return database.read(sql -> sql.list("SELECT " + SUMMARY_COLUMNS + " FROM catalog_item"
                + " WHERE item_group_id = ? AND removed = 0 ORDER BY title, id", CatalogService::summary, itemGroupId));
    }

    static ItemSummary summary(ResultSet row) throws SQLException {
        int stock = row.getInt("stock_quantity");
        Integer stockQuantity = row.wasNull() ? null : stock;
        return new ItemSummary(row.getString("id"), row.getString("item_group_id"), row.getString("title"),
                row.getString("brand"), row.getLong("price_micros"), row.getString("currency"),
                Availability.fromCode(row.getString("availability")), stockQuantity, row.getString("image_link"),
                row.getInt("removed") == 1);
    }
}
