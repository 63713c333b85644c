package io.vitrine.catalog;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;

/**
 * Keeps catalog_product (one row per variant group) in step with catalog_item: all of it after a first
 * import, or only the groups an import touched.
 */
final class ProductRollupRepository {
    private static final String INSERT = """
            INSERT INTO catalog_product (group_key, head_item_no, title, last_title, brand, category, image_link, currency,
                min_price_micros, max_price_micros, variants, purchasable, out_of_stock, removed, on_sale)
            SELECT g.group_key, g.head, g.first_title, g.last_title, h.brand, coalesce(h.product_type, h.google_category), h.image_link,
                h.currency, coalesce(g.min_live, g.min_all), coalesce(g.max_live, g.max_all), g.live, g.purchasable,
                g.out_of_stock, g.removed, g.on_sale
            FROM (SELECT group_key,
                    coalesce(min(CASE WHEN removed = 0 THEN item_no END), min(item_no)) AS head,
                    min(title) AS first_title,
                    max(title) AS last_title,
                    min(CASE WHEN removed = 0 THEN coalesce(sale_price_micros, price_micros) END) AS min_live,
                    max(CASE WHEN removed = 0 THEN coalesce(sale_price_micros, price_micros) END) AS max_live,
                    min(coalesce(sale_price_micros, price_micros)) AS min_all,
                    max(coalesce(sale_price_micros, price_micros)) AS max_all,
                    sum(removed = 0) AS live,
                    sum(removed = 0 AND availability <> 'out_of_stock') AS purchasable,
                    sum(removed = 0 AND availability = 'out_of_stock') AS out_of_stock,
                    sum(removed) AS removed,
                    sum(removed = 0 AND sale_price_micros IS NOT NULL AND sale_price_micros < price_micros) AS on_sale
                  FROM catalog_item %s GROUP BY group_key) g
            JOIN catalog_item h ON h.item_no = g.head
            """;

    private final Sql sql;

    ProductRollupRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param everything    rebuild every product (the catalog was empty before this import)
     * @param firstNewItemNo new items from this import start here; their groups are refreshed too
     */
    void refresh(boolean everything, long firstNewItemNo) throws SQLException {
        if (everything) {
            rebuildAll();
            return;
        }
        sql.update("INSERT OR IGNORE INTO temp.import_groups (group_key) SELECT group_key FROM catalog_item WHERE item_no >= ?",
                firstNewItemNo);
        sql.update("DELETE FROM catalog_product WHERE group_key IN (SELECT group_key FROM temp.import_groups)");
        sql.update(INSERT.formatted("WHERE group_key IN (SELECT group_key FROM temp.import_groups)"));
    }

    void rebuildAll() throws SQLException {
        sql.update("DELETE FROM catalog_product");
        sql.update(INSERT.formatted(""));
    }
}
