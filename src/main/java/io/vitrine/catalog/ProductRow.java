package io.vitrine.catalog;

/**
 * A product in the catalog screen: a variant group (or a lone item) with the first variant's brand and
 * picture, its current price range and how many variants are live, purchasable, out of stock or removed.
 * {@code title} and {@code lastTitle} are the alphabetically first and last variant titles.
 */
public record ProductRow(String groupKey, String title, String lastTitle, String brand, String category, String imageLink,
                         String currency, long minPriceMicros, long maxPriceMicros, int variants, int purchasable,
                         int outOfStock, int removedVariants, int onSale) {

    public boolean hasVariants() {
        return variants + removedVariants > 1;
    }

    /**
     * The product's name: what its variants' titles have in common, cut at a word and without the
     * separator that introduced the variant ("Lune Table Lamp – Sage" and "Lune Table Lamp – Terracotta"
     * → "Lune Table Lamp"); the title itself for a lone item or when the titles share too little.
     */
    public String displayTitle() {
        if (lastTitle == null || lastTitle.equals(title)) {
            return title;
        }
        int common = 0;
        while (common < title.length() && common < lastTitle.length() && title.charAt(common) == lastTitle.charAt(common)) {
            common++;
        }
        String shared = title.substring(0, common);
        if (common < title.length() && common < lastTitle.length()) {
            int space = shared.lastIndexOf(' ');
            shared = space < 0 ? "" : shared.substring(0, space);
        }
        shared = shared.replaceAll("[\\s,;:/|–—-]+$", "");
        return shared.length() >= 3 ? shared : title;
    }
}
