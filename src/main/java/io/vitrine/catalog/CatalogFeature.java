package io.vitrine.catalog;

import io.vitrine.common.EventBus;
import io.vitrine.workspace.Database;
import java.time.Clock;

/** The catalog feature's services over one workspace, wired once for the studio, a CLI command or a test. */
public record CatalogFeature(CatalogService catalog, CatalogBrowser browser, ImportService imports) {

    public static CatalogFeature of(Database database, EventBus events) {
        return of(database, events, Clock.systemUTC());
    }

    public static CatalogFeature of(Database database, EventBus events, Clock clock) {
        CatalogService catalog = new CatalogService(database);
        return new CatalogFeature(catalog, new CatalogBrowser(database), new ImportService(database, catalog, events, clock));
    }
}
