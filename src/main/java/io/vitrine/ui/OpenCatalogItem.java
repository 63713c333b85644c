package io.vitrine.ui;

/**
 * A request, published on the event bus, to show one catalog item in the Catalog (a scan found it). The
 * shell switches to the Catalog and hands it the item id.
 */
public record OpenCatalogItem(String itemId) {
}
