package io.vitrine.catalog;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How a {@link CatalogItem} maps to a catalog_item row: the column list, the values to bind, the row mapper. */
final class ItemRows {
    /** The item's own columns, in {@link #values} order. */
    static final List<String> COLUMNS = List.of("id", "item_group_id", "title", "description", "brand", "gtin", "mpn",
            "price_micros", "currency", "sale_price_micros", "availability", "stock_quantity", "condition", "color", "size",
            "material", "pattern", "gender", "age_group", "product_type", "google_category", "link", "image_link",
            "additional_images", "custom_labels");
    static final String SELECT = String.join(", ", COLUMNS);

    private ItemRows() {
    }

    static Object[] values(CatalogItem item) {
        return new Object[] {item.id(), item.itemGroupId(), item.title(), item.description(), item.brand(), item.gtin(),
            item.mpn(), item.priceMicros(), item.currency(), item.salePriceMicros(), item.availability().code(),
            item.stockQuantity(), item.condition(), item.color(), item.size(), item.material(), item.pattern(),
            item.gender(), item.ageGroup(), item.productType(), item.googleCategory(), item.link(), item.imageLink(),
            item.additionalImages().isEmpty() ? null : Json.write(item.additionalImages()),
            item.customLabels().isEmpty() ? null : Json.write(item.customLabels())};
    }

    /** Values followed by extra trailing parameters. */
    static Object[] values(CatalogItem item, Object... extra) {
        Object[] own = values(item);
        Object[] all = Arrays.copyOf(own, own.length + extra.length);
        System.arraycopy(extra, 0, all, own.length, extra.length);
        return all;
    }

    static CatalogItem item(ResultSet row) throws SQLException {
        long sale = row.getLong("sale_price_micros");
        Long salePrice = row.wasNull() ? null : sale;
        int stock = row.getInt("stock_quantity");
        Integer stockQuantity = row.wasNull() ? null : stock;
        return new CatalogItem(row.getString("id"), row.getString("item_group_id"), row.getString("title"),
                row.getString("description"), row.getString("brand"), row.getString("gtin"), row.getString("mpn"),
                row.getLong("price_micros"), row.getString("currency"), salePrice,
                Availability.fromCode(row.getString("availability")), stockQuantity, row.getString("condition"),
                row.getString("color"), row.getString("size"), row.getString("material"), row.getString("pattern"),
                row.getString("gender"), row.getString("age_group"), row.getString("product_type"),
                row.getString("google_category"), row.getString("link"), row.getString("image_link"),
                jsonList(row.getString("additional_images")), jsonList(row.getString("custom_labels")));
    }

    private static List<String> jsonList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        String[] values = Json.read(json, String[].class);
        return new ArrayList<>(Arrays.asList(values));
    }
}
