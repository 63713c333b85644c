package io.vitrine.catalog;

import io.vitrine.catalog.scan.PhotoLibrary;
import io.vitrine.catalog.scan.ScanService;
import io.vitrine.catalog.similar.SimilarItems;
import io.vitrine.common.EventBus;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The catalog feature's services over one workspace, wired once for the studio, a CLI command or a test: search
 * and browsing, imports with their history and saved sources, the fetcher of product pictures, and scan to find
 * (its product-picture fingerprints held in memory by {@code photos} while the workspace is open) with similar items.
 */
public record CatalogFeature(CatalogService catalog, ProductRepository products, ImportService imports, ImportRunRepository history,
                             CatalogSourceRepository sources, ImageFetcher pictures, PhotoLibrary photos, ScanService scan,
                             SimilarItems similar) {

    public static CatalogFeature of(Database database, EventBus events) {
        return of(database, events, Clock.systemUTC());
    }

    public static CatalogFeature of(Database database, EventBus events, Clock clock) {
        CatalogService catalog = new CatalogService(database);
        ImageFetcher pictures = new ImageFetcher();
        PhotoLibrary photos = new PhotoLibrary(database, pictures);
        return new CatalogFeature(catalog, new ProductRepository(database), new ImportService(database, catalog, events, clock),
                new ImportRunRepository(database), new CatalogSourceRepository(database), pictures, photos,
                new ScanService(database, photos), new SimilarItems(database, photos));
    }
}
