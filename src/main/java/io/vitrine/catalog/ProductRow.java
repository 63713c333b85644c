package io.vitrine.catalog;

/**
 * A product in the catalog screen: a variant group (or a lone item) with the first variant's title,
 * brand and picture, its current price range and how many variants are live, purchasable, out of stock
 * or removed.
 */
public record ProductRow(String groupKey, String title, String brand, String category, String imageLink,
                         String currency, long minPriceMicros, long maxPriceMicros, int variants, int purchasable,
                         int outOfStock, int removedVariants, int onSale) {

    public boolean hasVariants() {
        return variants + removedVariants > 1;
    }
}
