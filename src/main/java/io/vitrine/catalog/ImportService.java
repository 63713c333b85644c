package io.vitrine.catalog;

import io.vitrine.catalog.feed.ColumnMappedReader;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.CsvTableReader;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedReader;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.FormatDetector;
import io.vitrine.catalog.feed.GmcXmlReader;
import io.vitrine.catalog.feed.ItemParser;
import io.vitrine.catalog.feed.ShopifyCsvReader;
import io.vitrine.catalog.feed.TablePreview;
import io.vitrine.catalog.feed.TableReader;
import io.vitrine.catalog.feed.XlsxTableReader;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Imports a feed into the catalog: detects its format, reads it (streaming, on its own thread),
 * validates each row, and writes everything as one transaction, so a cancel or a crash leaves the
 * catalog exactly as it was. Every run, whatever its end, is recorded in the import history.
 */
public final class ImportService {
    private final Database database;
    private final CatalogService catalog;
    private final EventBus events;
    private final CatalogSourceRepository sources;
    private final Clock clock;

    /** @param clock when imports happen (the demo uses a fixed one, so the same seed gives the same workspace) */
    public ImportService(Database database, CatalogService catalog, EventBus events, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.events = events;
        this.sources = new CatalogSourceRepository(database);
        this.clock = clock;
    }

    public ImportReport importFeed(FeedSource source, ImportRequest request, Progress progress) {
        Instant started = clock.instant();
        ImportCounter counter = new ImportCounter();
        FeedFormat format = request.format();
        String sourceName = request.sourceName() != null && !request.sourceName().isBlank() ? request.sourceName().strip()
                : request.sheet() != null ? source.name() + " (" + request.sheet().strip() + ")" : source.name();
        String currency = null;
        try {
            progress.update(-1, -1, "Reading " + source.name() + "…");
            format = format != null ? format : FormatDetector.detect(source);
            MappingChoice mapping = format.tabular() ? chooseMapping(source, format, request) : MappingChoice.NONE;
            currency = defaultCurrency(request, mapping.mapping());
            if (format == FeedFormat.SHOPIFY_CSV) {
                ShopifyCsvReader.checkHeader(TablePreview.read(source, new CsvTableReader(null, request.encoding()), 1).headers());
            }
            if (currency == null && format == FeedFormat.SHOPIFY_CSV) {
                throw new VitrineException("Shopify exports do not say which currency their prices are in, and this"
                        + " catalog has no items yet to tell.", "Choose the shop's currency (--currency EUR on the command line).");
            }
            FeedReader reader = readerFor(format, mapping.mapping(), request.sheet(), request.encoding());
            ImportJob job = new ImportJob(database, source, sourceName, format, mapping, started, clock,
                    request.acceptRemovals() ? null : RemovalGuard.DEFAULT);
            ImportReport report = job.run(reader, new ItemParser(currency, source.base()), currency, counter, progress);
            events.publish(new CatalogImported(report));
            return report;
        } catch (CancellationException e) {
            recordUnfinished(source, sourceName, format, currency, counter, ImportReport.CANCELLED,
                    "Cancelled; the catalog was left as it was.", started);
            throw e;
        } catch (RuntimeException e) {
            recordUnfinished(source, sourceName, format, currency, counter, ImportReport.FAILED, VitrineException.describe(e), started);
            throw e;
        }
    }

    /** The header and first rows of a table-like feed, for choosing a column mapping. */
    public TablePreview preview(FeedSource source, FeedFormat format, ColumnMapping mapping, String sheet, int rows) {
        return TablePreview.read(source, tableReader(format, mapping, sheet, null), rows);
    }

    /** The mapping that will be used for a table-like feed: explicit, saved for these columns, or matched by name. */
    public ColumnMapping proposedMapping(List<String> headers) {
        return sources.savedMapping(headers).filter(ColumnMapping::complete).orElseGet(() -> ColumnMapping.guess(headers));
    }

    private MappingChoice chooseMapping(FeedSource source, FeedFormat format, ImportRequest request) {
        List<String> headers = TablePreview.read(source, tableReader(format, request.mapping(), request.sheet(),
                request.encoding()), 1).headers();
        if (request.mapping() != null) {
            return new MappingChoice(request.mapping(), headers, true);
        }
        return new MappingChoice(proposedMapping(headers), headers, false);
    }

    static FeedReader readerFor(FeedFormat format, ColumnMapping mapping, String sheet, Charset encoding) {
        return switch (format) {
            case GMC_XML -> new GmcXmlReader();
            case SHOPIFY_CSV -> new ShopifyCsvReader(encoding);
            case GMC_TSV, META_CSV, CSV, XLSX -> new ColumnMappedReader(tableReader(format, mapping, sheet, encoding), mapping);
        };
    }

    /** @param encoding a text feed's character set, or null to tell UTF-8 from Windows-1252 by its bytes */
    static TableReader tableReader(FeedFormat format, ColumnMapping mapping, String sheet, Charset encoding) {
        if (format == FeedFormat.XLSX) {
            return new XlsxTableReader(sheet);
        }
        if (!format.tabular() && format != FeedFormat.SHOPIFY_CSV) {
            throw new VitrineException(format.label() + " is not a table; it has no columns to map.", "Choose a CSV, TSV or XLSX file.");
        }
        Character delimiter = mapping != null ? mapping.delimiter() : null;
        return new CsvTableReader(format == FeedFormat.GMC_TSV && delimiter == null ? Character.valueOf('\t') : delimiter,
                encoding);
    }

    /** For prices written without a currency: the request's, the mapping's, the catalog's usual one, the locale's. */
    private String defaultCurrency(ImportRequest request, ColumnMapping mapping) {
        if (request.currency() != null && !request.currency().isBlank()) {
            return checkedCurrency(request.currency());
        }
        if (mapping != null && mapping.currency() != null) {
            return checkedCurrency(mapping.currency());
        }
        return catalog.usualCurrency().orElseGet(() -> {
            try {
                Currency local = Currency.getInstance(Locale.getDefault());
                return local == null ? null : local.getCurrencyCode();
            } catch (IllegalArgumentException noCountry) {
                return null;
            }
        });
    }

    static String checkedCurrency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new VitrineException("\"" + code + "\" is not a currency code.", "Use an ISO 4217 code such as EUR, USD or GBP.");
        }
    }

    private void recordUnfinished(FeedSource source, String sourceName, FeedFormat format, String currency,
                                  ImportCounter counter, String status, String message, Instant started) {
        Instant finished = clock.instant();
        ImportReport report = new ImportReport(format, counter.read, 0, 0, 0, 0, counter.rejected, counter.warnings,
                counter.errors, counter.warningDetails, 0, 0, sourceName, source.name(), currency, status, message, null,
                Duration.between(started, finished).toMillis(), 0, List.of());
        try {
            database.write(sql -> ImportRunRepository.record(sql,
                    CatalogSourceRepository.idOf(sql, sourceName).orElse(null),
                    report, started, finished));
        } catch (RuntimeException historyFailure) {
            // the import's own error is what the user needs to see; a history line is best effort
        }
    }

    /** The mapping for a table-like feed, its file's headers, and whether the user chose it (then it is saved). */
    record MappingChoice(ColumnMapping mapping, List<String> headers, boolean chosen) {
        static final MappingChoice NONE = new MappingChoice(null, List.of(), false);
    }
}
