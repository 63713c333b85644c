package io.vitrine.catalog;

/** Published on the event bus after an import committed: screens showing catalog items refresh. */
public record CatalogImported(ImportReport report) {
}
