package io.vitrine.catalog.similar;

import io.vitrine.catalog.ItemSummary;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An item that may be similar, with the fields the score compares. */
record Candidate(ItemSummary item, String groupKey, String productType, String color, long currentPriceMicros) {
    static final String COLUMNS = "item_no, id, item_group_id, title, brand, price_micros, currency, availability, stock_quantity,"
            + " image_link, removed, group_key, product_type, color, coalesce(sale_price_micros, price_micros) AS current_price";

    static Candidate map(ResultSet row) throws SQLException {
        return new Candidate(ItemSummary.map(row), row.getString("group_key"), row.getString("product_type"),
                row.getString("color"), row.getLong("current_price"));
    }
}
