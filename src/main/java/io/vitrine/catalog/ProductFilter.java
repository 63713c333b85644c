package io.vitrine.catalog;

/**
 * What the catalog screen shows: products matching the search text (same words as the type-ahead),
 * brand, category, stock state and current price range (in micros, either end open), in an order.
 */
public record ProductFilter(String text, String brand, String category, Stock stock, Long minPriceMicros,
                            Long maxPriceMicros, Order order) {

    /** Stock states a product can be filtered by (a product matches if any of its variants does). */
    public enum Stock {
        ALL("All products"), IN_STOCK("In stock"), OUT_OF_STOCK("Out of stock"), ON_SALE("On sale"),
        REMOVED("Removed from feed");

        private final String label;

        Stock(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Orders products can be listed in. */
    public enum Order {
        TITLE("Name"), PRICE_LOW("Price: low to high"), PRICE_HIGH("Price: high to low");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static ProductFilter all() {
        return new ProductFilter(null, null, null, Stock.ALL, null, null, Order.TITLE);
    }
}
