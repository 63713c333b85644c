package io.vitrine.catalog.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each Shopify export column is, by its header name (Shopify has renamed a few over the years). */
final class ShopifyColumns {
    static final String HANDLE = "handle";
    static final String TITLE = "title";
    static final String BODY = "body (html)";
    static final String VENDOR = "vendor";
    static final String TYPE = "type";
    static final String PRODUCT_CATEGORY = "product category";
    static final String STATUS = "status";
    static final String[] OPTION_NAMES = {"option1 name", "option2 name", "option3 name"};
    static final String[] OPTION_VALUES = {"option1 value", "option2 value", "option3 value"};
    static final String VARIANT_SKU = "variant sku";
    static final String VARIANT_PRICE = "variant price";
    static final String COMPARE_AT = "variant compare at price";
    static final String INVENTORY_QTY = "variant inventory qty";
    static final String INVENTORY_TRACKER = "variant inventory tracker";
    static final String INVENTORY_POLICY = "variant inventory policy";
    static final String BARCODE = "variant barcode";
    static final String VARIANT_IMAGE = "variant image";
    static final String IMAGE_SRC = "image src";
    static final String IMAGE_POSITION = "image position";
    static final String GOOGLE_CATEGORY = "google shopping / google product category";
    static final String MPN = "google shopping / mpn";
    static final String CONDITION = "google shopping / condition";
    static final String GENDER = "google shopping / gender";
    static final String AGE_GROUP = "google shopping / age group";
    static final String[] CUSTOM_LABELS = {"google shopping / custom label 0", "google shopping / custom label 1",
        "google shopping / custom label 2", "google shopping / custom label 3", "google shopping / custom label 4"};

    private final Map<String, Integer> index = new HashMap<>();

    ShopifyColumns(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null) {
                index.putIfAbsent(headers.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
        }
        if (!index.containsKey(HANDLE) || !index.containsKey(VARIANT_PRICE)) {
            throw new FeedException("This is not a Shopify product export: it has no Handle or Variant Price column.",
                    "Export the products from Shopify (Products → Export → CSV for Excel or plain CSV), or choose another format.");
        }
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The stripped value of a column in a row, or null when the column is absent or the cell blank. */
    String value(ShopifyCsvReader.TableRow record, String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.cells().size() || record.cells().get(i) == null) {
            return null;
        }
        String value = record.cells().get(i).strip();
        return value.isEmpty() ? null : value;
    }
}
