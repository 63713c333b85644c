package io.vitrine.catalog;

import io.vitrine.common.EventBus;
import io.vitrine.workspace.Database;
import java.time.Clock;

/**
 * The catalog feature's services over one workspace, wired once for the studio, a CLI command or a test: search
 * and browsing, imports with their history and saved sources and the fetcher of product pictures
 * (scan to find and similar items have their own root, {@code catalog.find.FindFeature}).
 */
public record CatalogFeature(CatalogService catalog, ProductRepository products, ImportService imports, ImportRunRepository history,
                             CatalogSourceRepository sources, ImageFetcher pictures) {

    public static CatalogFeature of(Database database, EventBus events) {
        return of(database, events, Clock.systemUTC());
    }

    public static CatalogFeature of(Database database, EventBus events, Clock clock) {
        CatalogService catalog = new CatalogService(database);
        return new CatalogFeature(catalog, new ProductRepository(database), new ImportService(database, catalog, events, clock),
                new ImportRunRepository(database), new CatalogSourceRepository(database), new ImageFetcher());
    }
}
