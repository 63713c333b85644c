package io.vitrine.catalog;

import io.vitrine.catalog.feed.ColumnMapping;

/**
 * How to import a feed. Every part is optional: {@code format} null detects it; {@code mapping} null
 * uses the mapping saved for the file's columns or matches them by name; {@code sheet} null takes the
 * first sheet; {@code sourceName} null names the source after the file; {@code currency} null uses the
 * mapping's, then the catalog's usual currency, for prices written without one.
 */
public record ImportRequest(FeedFormat format, ColumnMapping mapping, String sheet, String sourceName, String currency) {

    public static ImportRequest auto() {
        return new ImportRequest(null, null, null, null, null);
    }

    public ImportRequest withFormat(FeedFormat value) {
        return new ImportRequest(value, mapping, sheet, sourceName, currency);
    }

    public ImportRequest withMapping(ColumnMapping value) {
        return new ImportRequest(format, value, sheet, sourceName, currency);
    }

    public ImportRequest withSheet(String value) {
        return new ImportRequest(format, mapping, value, sourceName, currency);
    }

    public ImportRequest withSourceName(String value) {
        return new ImportRequest(format, mapping, sheet, value, currency);
    }

    public ImportRequest withCurrency(String value) {
        return new ImportRequest(format, mapping, sheet, sourceName, value);
    }
}
