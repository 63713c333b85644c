package io.vitrine.catalog.ui;

import io.vitrine.catalog.ProductRow;
import io.vitrine.catalog.StoredItem;

/**
 * A line of the catalog table: a product (a variant group, expandable), one of its variants, or a
 * placeholder while its page loads.
 */
public record CatalogRow(ProductRow product, StoredItem variant, boolean expanded) {
    static final CatalogRow LOADING = new CatalogRow(null, null, false);

    static CatalogRow of(ProductRow product, boolean expanded) {
        return new CatalogRow(product, null, expanded);
    }

    static CatalogRow of(StoredItem variant) {
        return new CatalogRow(null, variant, false);
    }

    public boolean isLoading() {
        return product == null && variant == null;
    }

    public boolean isVariant() {
        return variant != null;
    }
}
