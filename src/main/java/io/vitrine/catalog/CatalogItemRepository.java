package io.vitrine.catalog;

import io.vitrine.catalog.item.Availability;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reading catalog items: by id, by variant group, and through the FTS5 index (catalog_search). */
final class CatalogItemRepository {
    private static final String SUMMARY_COLUMNS = "id, item_group_id, title, brand, price_micros, currency,"
            + " availability, stock_quantity, image_link, removed";
    private static final String CANDIDATES = " FROM catalog_item WHERE item_no IN"
            + " (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? LIMIT ?) AND removed = 0";
    /** bm25 column weights: title, brand, id, color, product_type. */
    private static final String BM25 = "bm25(catalog_search, 10.0, 5.0, 8.0, 2.0, 1.0)";

    /** An item found by the index with the fields type-ahead checks a longer word against. */
    record Candidate(ItemSummary item, String color, String productType) {
    }

    Optional<ItemSummary> find(Sql sql, String id) throws SQLException {
        return sql.one("SELECT " + SUMMARY_COLUMNS + " FROM catalog_item WHERE id = ?", CatalogItemRepository::summary, id);
    }

    Optional<StoredItem> item(Sql sql, String id) throws SQLException {
        return sql.one("SELECT *, " + StoredItem.EXTRA + " FROM catalog_item i WHERE id = ?", StoredItem::map, id);
    }

    /** The first {@code limit} items matching an FTS5 query, in index order (fast at any size), removed ones left out. */
    List<ItemSummary> matching(Sql sql, String match, int limit) throws SQLException {
        return sql.list("SELECT " + SUMMARY_COLUMNS + CANDIDATES, CatalogItemRepository::summary, match, limit);
    }

    /** As {@link #matching}, with colour and product type. */
    List<Candidate> candidates(Sql sql, String match, int limit) throws SQLException {
        return sql.list("SELECT color, product_type, " + SUMMARY_COLUMNS + CANDIDATES,
                row -> new Candidate(summary(row), row.getString("color"), row.getString("product_type")), match, limit);
    }

    /** Scores the first {@code scored} matches by bm25, keeps the best {@code kept}, and only then reads their rows. */
    List<ItemSummary> ranked(Sql sql, String match, int scored, int kept, int limit) throws SQLException {
        return sql.list("SELECT " + SUMMARY_COLUMNS + " FROM (SELECT rowid, score FROM (SELECT rowid, "
                + BM25 + " AS score FROM catalog_search WHERE catalog_search MATCH ? LIMIT ?) ORDER BY score LIMIT ?) s"
                + " JOIN catalog_item ON item_no = s.rowid WHERE removed = 0 ORDER BY s.score, title, id LIMIT ?",
                CatalogItemRepository::summary, match, scored, kept, limit);
    }

    List<ItemSummary> variantsOf(Sql sql, String itemGroupId) throws SQLException {
        return sql.list("SELECT " + SUMMARY_COLUMNS + " FROM catalog_item WHERE item_group_id = ? AND removed = 0"
                + " ORDER BY title, id", CatalogItemRepository::summary, itemGroupId);
    }

    /** From a sample, so it stays instant on big catalogs. */
    Optional<String> usualCurrency(Sql sql) throws SQLException {
        return sql.text("SELECT currency FROM (SELECT currency FROM catalog_product LIMIT 5000)"
                + " GROUP BY currency ORDER BY count(*) DESC LIMIT 1");
    }

    long itemCount(Sql sql) throws SQLException {
        return sql.scalar("SELECT coalesce(sum(variants), 0) FROM catalog_product");
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
