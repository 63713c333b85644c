package io.vitrine.insights;

/**
 * A catalog item's shopping in a filter: product clicks, add-to-carts, purchases and revenue per currency
 * (through any post or poll), and how many posts of the filter tag it.
 */
public record ProductTotals(String itemId, String title, Totals totals, int posts) {

    /** Purchases per product click; null without clicks. */
    public Double conversion() {
        return totals.conversion();
    }
}
