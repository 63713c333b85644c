package io.vitrine.catalog.item;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of a catalog item as merchant feeds name them (Google Merchant Center's attribute names),
 * with the other spellings real files use for the same thing (Meta, spreadsheets, shop exports).
 */
public enum Field {
    ID("id", "sku", "offer_id", "product_id", "item_id", "article_number", "variant_sku"),
    ITEM_GROUP_ID("item_group_id", "group_id", "parent_sku", "parent_id", "product_group"),
    TITLE("title", "name", "product_name", "product_title"),
    DESCRIPTION("description", "body", "long_description", "rich_text_description", "product_description"),
    BRAND("brand", "vendor", "manufacturer", "brand_name"),
    GTIN("gtin", "ean", "upc", "barcode", "isbn", "ean13", "gtin13"),
    MPN("mpn", "manufacturer_part_number"),
    PRICE("price", "regular_price", "list_price", "price_incl_tax"),
    SALE_PRICE("sale_price", "discount_price", "special_price", "promo_price"),
    CURRENCY("currency", "currency_code"),
    AVAILABILITY("availability", "stock_status", "in_stock"),
    QUANTITY("quantity", "quantity_to_sell_on_facebook", "sell_on_google_quantity", "inventory", "stock", "stock_quantity", "qty"),
    CONDITION("condition", "item_condition"),
    COLOR("color", "colour", "couleur", "farbe"),
    SIZE("size", "taille", "groesse"),
    MATERIAL("material", "matiere"),
    PATTERN("pattern"),
    GENDER("gender"),
    AGE_GROUP("age_group"),
    PRODUCT_TYPE("product_type", "category", "product_category", "type", "categories"),
    GOOGLE_CATEGORY("google_product_category", "google_category", "fb_product_category"),
    LINK("link", "url", "product_url", "product_link", "landing_page"),
    IMAGE_LINK("image_link", "image", "image_url", "main_image", "picture", "image_src"),
    ADDITIONAL_IMAGE_LINK("additional_image_link", "additional_images", "additional_image_links", "images"),
    CUSTOM_LABEL_0("custom_label_0"),
    CUSTOM_LABEL_1("custom_label_1"),
    CUSTOM_LABEL_2("custom_label_2"),
    CUSTOM_LABEL_3("custom_label_3"),
    CUSTOM_LABEL_4("custom_label_4");

    private static final Map<String, Field> BY_NAME = new ConcurrentHashMap<>();

    static {
        for (Field field : values()) {
            for (String name : field.names) {
                BY_NAME.put(name, field);
            }
        }
    }

    private final String[] names;

    Field(String... names) {
        this.names = names;
    }

    /** The Merchant Center attribute name: "item_group_id", "image_link". */
    public String key() {
        return names[0];
    }

    /** True for the fields a row cannot be imported without. */
    public boolean required() {
        return this == ID || this == TITLE || this == PRICE;
    }

    /** A column or element name as found in a file ("g:price", "Image URL", "Colour") → the field, if known. */
    public static Optional<Field> match(String name) {
        return Optional.ofNullable(BY_NAME.get(normalize(name)));
    }

    /** The exact key ("image_link"), as used in mapping files. */
    public static Optional<Field> byKey(String key) {
        for (Field field : values()) {
            if (field.key().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String normalize(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("g:")) {
            n = n.substring(2);
        }
        n = n.replaceAll("\\[\\d*]", "").replaceAll("[^\\p{L}\\p{N}]+", "_");
        if (n.startsWith("_")) {
            n = n.substring(1);
        }
        if (n.endsWith("_")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
