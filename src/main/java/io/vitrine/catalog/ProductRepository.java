package io.vitrine.catalog;

import io.vitrine.workspace.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog screen's queries: count and page through products matching a filter (a million items
 * stay fast: one row per product, indexed by name, brand, category and price), a product's variants,
 * and the brands and categories to filter by.
 */
public final class ProductRepository {
    static final int FILTER_CHOICES = 500;

    private final Database database;

    public ProductRepository(Database database) {
        this.database = database;
    }

    public long count(ProductFilter filter) {
        Where where = where(filter);
        return database.read(sql -> sql.scalar("SELECT count(*) FROM catalog_product p" + hint(filter, true) + " WHERE "
                + where.sql, where.params()));
    }

    /**
     * How to read catalog_product for a filter. The listing's partial indexes are right for all products
     * and for paging through broad filters; a brand, category, stock or price filter is counted faster by
     * one sequential scan, and a brand or category page by scanning and sorting its few rows.
     */
    private static String hint(ProductFilter filter, boolean counting) {
        boolean text = SearchQuery.parse(filter.text()).isPresent();
        boolean narrow = filter.brand() != null || filter.category() != null;
        boolean other = filter.stock() != null && filter.stock() != ProductFilter.Stock.ALL
                || filter.minPriceMicros() != null || filter.maxPriceMicros() != null;
        return !text && (narrow || counting && other) ? " NOT INDEXED" : "";
    }

    /** Products {@code offset} to {@code offset + limit} in the filter's order. */
    public List<ProductRow> page(ProductFilter filter, long offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return database.read(sql -> sql.list("SELECT * FROM catalog_product p" + hint(filter, false) + " WHERE " + where.sql + " ORDER BY "
                + orderBy(filter.order()) + " LIMIT ? OFFSET ?", ProductRepository::product, params.toArray()));
    }

    /** Every variant of a product, live ones first. */
    public List<StoredItem> variants(String groupKey) {
        return database.read(sql -> sql.list("SELECT *, " + StoredItem.EXTRA + " FROM catalog_item i WHERE group_key = ?"
                + " ORDER BY removed, item_no", StoredItem::map, groupKey));
    }

    /** The product a group key names, if it still has items. */
    public Optional<ProductRow> product(String groupKey) {
        return database.read(sql -> sql.one("SELECT * FROM catalog_product WHERE group_key = ?", ProductRepository::product, groupKey));
    }

    /** Brands with the most products first (at most {@value #FILTER_CHOICES}), then sorted by name. */
    public List<String> brands() {
        return choices("brand");
    }

    public List<String> categories() {
        return choices("category");
    }

    private List<String> choices(String column) {
        // column is one of our two constants, never user input
        return database.read(sql -> sql.list("SELECT value FROM (SELECT " + column + " AS value, count(*) AS n FROM catalog_product"
                + " NOT INDEXED WHERE " + column + " IS NOT NULL AND variants > 0 GROUP BY " + column + " ORDER BY n DESC LIMIT ?)"
                + " ORDER BY value COLLATE NOCASE", row -> row.getString(1), FILTER_CHOICES));
    }

    private static String orderBy(ProductFilter.Order order) {
        return switch (order == null ? ProductFilter.Order.TITLE : order) {
            case TITLE -> "p.title COLLATE NOCASE, p.group_key";
            case PRICE_LOW -> "p.min_price_micros, p.title COLLATE NOCASE, p.group_key";
            case PRICE_HIGH -> "p.max_price_micros DESC, p.title COLLATE NOCASE, p.group_key";
        };
    }

    private static Where where(ProductFilter filter) {
        Where where = new Where();
        ProductFilter.Stock stock = filter.stock() == null ? ProductFilter.Stock.ALL : filter.stock();
        // "variants > 0" lets the partial indexes of the two orders serve every filter but "removed"
        switch (stock) {
            case ALL -> where.and("p.variants > 0");
            case IN_STOCK -> where.and("p.variants > 0 AND p.purchasable > 0");
            case OUT_OF_STOCK -> where.and("p.variants > 0 AND p.out_of_stock > 0");
            case ON_SALE -> where.and("p.variants > 0 AND p.on_sale > 0");
            case REMOVED -> where.and("p.removed > 0");
        }
        if (filter.brand() != null) {
            where.and("p.brand = ?", filter.brand());
        }
        if (filter.category() != null) {
            where.and("p.category = ?", filter.category());
        }
        if (filter.minPriceMicros() != null) {
            where.and("p.max_price_micros >= ?", filter.minPriceMicros());
        }
        if (filter.maxPriceMicros() != null) {
            where.and("p.min_price_micros <= ?", filter.maxPriceMicros());
        }
        SearchQuery.parse(filter.text()).ifPresent(query -> where.and("p.group_key IN (SELECT group_key FROM catalog_item"
                + " WHERE item_no IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?))", query.match()));
        return where;
    }

    static ProductRow product(ResultSet row) throws SQLException {
        return new ProductRow(row.getString("group_key"), row.getString("title"), row.getString("last_title"), row.getString("brand"),
                row.getString("category"), row.getString("image_link"), row.getString("currency"),
                row.getLong("min_price_micros"), row.getLong("max_price_micros"), row.getInt("variants"),
                row.getInt("purchasable"), row.getInt("out_of_stock"), row.getInt("removed"), row.getInt("on_sale"));
    }

    /** A WHERE clause built from fixed fragments, every value bound. */
    private static final class Where {
        private final StringBuilder sqlText = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
        private String sql = "1";

        void and(String fragment, Object... values) {
            if (sqlText.length() > 0) {
                sqlText.append(" AND ");
            }
            sqlText.append(fragment);
            params.addAll(List.of(values));
            sql = sqlText.toString();
        }

        Object[] params() {
            return params.toArray();
        }
    }
}
