package io.vitrine.catalog.find;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.scan.PhotoLibrary;
import io.vitrine.catalog.scan.ScanService;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.workspace.Database;

/**
 * Scan to find and similar items over one workspace, wired once (its own root, beside the catalog's, so the
 * catalog package does not depend on the packages built on it): the product-picture fingerprints held in
 * memory by {@code photos} while the workspace is open, the scan, and similar items.
 */
public record FindFeature(PhotoLibrary photos, ScanService scan, SimilarItems similar) {

    public static FindFeature of(Database database, CatalogFeature catalog) {
        PhotoLibrary photos = new PhotoLibrary(database, catalog.pictures());
        return new FindFeature(photos, new ScanService(database, photos), new SimilarItems(database, photos));
    }
}
