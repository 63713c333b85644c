package io.vitrine.catalog;

import io.vitrine.catalog.scan.PhotoLibrary;
import io.vitrine.catalog.scan.ScanService;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.common.EventBus;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The catalog feature's services over one workspace, wired once for the studio, a CLI command or a test:
 * the catalog itself, the screen's browser, imports, and scan to find (its product-picture fingerprints held
 * in memory by {@code photos} for as long as the workspace is open) with similar items.
 */
public record CatalogFeature(CatalogService catalog, CatalogBrowser browser, ImportService imports, PhotoLibrary photos,
                             ScanService scan, SimilarItems similar) {

    public static CatalogFeature of(Database database, EventBus events) {
        return of(database, events, Clock.systemUTC());
    }

    public static CatalogFeature of(Database database, EventBus events, Clock clock) {
        CatalogService catalog = new CatalogService(database);
        PhotoLibrary photos = new PhotoLibrary(database, new ImageFetcher());
        return new CatalogFeature(catalog, new CatalogBrowser(database), new ImportService(database, catalog, events, clock),
                photos, new ScanService(database, photos), new SimilarItems(database, photos));
    }
}
