package io.vitrine.catalog;

import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import java.nio.charset.Charset;

/**
 * How to import a feed. Every part is optional: {@code format} null detects it; {@code mapping} null
 * uses the mapping saved for the file's columns or matches them by name; {@code sheet} null takes the
 * first sheet; {@code sourceName} null names the source after the file; {@code currency} null uses the
 * mapping's, then the catalog's usual currency, for prices written without one; {@code encoding} null
 * tells UTF-8 from Windows-1252 by the file's bytes (text feeds only); {@code acceptRemovals} marks items
 * removed even when the file lists far fewer than the source had (otherwise they are kept, see
 * {@link RemovalGuard}).
 */
public record ImportRequest(FeedFormat format, ColumnMapping mapping, String sheet, String sourceName, String currency,
                            Charset encoding, boolean acceptRemovals) {

    public ImportRequest(FeedFormat format, ColumnMapping mapping, String sheet, String sourceName, String currency) {
        this(format, mapping, sheet, sourceName, currency, null, false);
    }

    public static ImportRequest auto() {
        return new ImportRequest(null, null, null, null, null);
    }

    public ImportRequest withFormat(FeedFormat value) {
        return new ImportRequest(value, mapping, sheet, sourceName, currency, encoding, acceptRemovals);
    }

    public ImportRequest withMapping(ColumnMapping value) {
        return new ImportRequest(format, value, sheet, sourceName, currency, encoding, acceptRemovals);
    }

    public ImportRequest withSheet(String value) {
        return new ImportRequest(format, mapping, value, sourceName, currency, encoding, acceptRemovals);
    }

    public ImportRequest withSourceName(String value) {
        return new ImportRequest(format, mapping, sheet, value, currency, encoding, acceptRemovals);
    }

    public ImportRequest withCurrency(String value) {
        return new ImportRequest(format, mapping, sheet, sourceName, value, encoding, acceptRemovals);
    }

    public ImportRequest withEncoding(Charset value) {
        return new ImportRequest(format, mapping, sheet, sourceName, currency, value, acceptRemovals);
    }

    public ImportRequest withAcceptRemovals(boolean value) {
        return new ImportRequest(format, mapping, sheet, sourceName, currency, encoding, value);
    }
}
