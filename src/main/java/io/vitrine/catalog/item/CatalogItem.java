package io.vitrine.catalog.item;

import java.util.List;

/**
 * One catalog item (an offer id, a SKU, a Shopify variant) with every field the feeds carry. Money is
 * micros + ISO currency; {@code salePriceMicros} and {@code stockQuantity} are null when not given.
 */
public record CatalogItem(String id, String itemGroupId, String title, String description, String brand, String gtin,
                          String mpn, long priceMicros, String currency, Long salePriceMicros, Availability availability,
                          Integer stockQuantity, String condition, String color, String size, String material,
                          String pattern, String gender, String ageGroup, String productType, String googleCategory,
                          String link, String imageLink, List<String> additionalImages, List<String> customLabels) {

    public CatalogItem {
        additionalImages = additionalImages == null ? List.of() : List.copyOf(additionalImages);
        customLabels = customLabels == null ? List.of() : customLabels;
    }

    /** The price a shopper pays now: the sale price when there is one. */
    public long currentPriceMicros() {
        return salePriceMicros != null ? salePriceMicros : priceMicros;
    }

    public boolean onSale() {
        return salePriceMicros != null && salePriceMicros < priceMicros;
    }

    /** The product this item is a variant of: its item group, or itself. */
    public String groupKey() {
        return itemGroupId != null ? itemGroupId : id;
    }

    /**
     * A 64-bit fingerprint of every field: a re-import compares it with the stored one to tell updated
     * items from unchanged ones without reading all their columns.
     */
    public long contentHash() {
        ContentHash hash = new ContentHash();
        hash.add(id).add(itemGroupId).add(title).add(description).add(brand).add(gtin).add(mpn).add(priceMicros)
                .add(currency).add(salePriceMicros).add(availability.code()).add(stockQuantity).add(condition).add(color)
                .add(size).add(material).add(pattern).add(gender).add(ageGroup).add(productType).add(googleCategory)
                .add(link).add(imageLink);
        for (String image : additionalImages) {
            hash.add(image);
        }
        hash.add("|labels");
        for (String label : customLabels) {
            hash.add(label);
        }
        return hash.value();
    }

    /** FNV-1a over the fields, with a separator so ("ab","c") and ("a","bc") differ. */
    static final class ContentHash {
        private static final long PRIME = 0x100000001b3L;
        private long h = 0xcbf29ce484222325L;

        ContentHash add(String value) {
            if (value == null) {
                mix(0x1F);
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    mix(c & 0xFF);
                    mix(c >>> 8);
                }
            }
            mix(0x1E);
            return this;
        }

        ContentHash add(Long value) {
            return add(value == null ? null : Long.toString(value));
        }

        ContentHash add(long value) {
            return add(Long.toString(value));
        }

        ContentHash add(Integer value) {
            return add(value == null ? null : Integer.toString(value));
        }

        private void mix(int b) {
            h ^= b;
            h *= PRIME;
        }

        long value() {
            return h;
        }
    }
}
