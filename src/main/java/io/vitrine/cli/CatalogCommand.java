package io.vitrine.cli;

import io.vitrine.catalog.ImportReport;
import io.vitrine.catalog.ImportRequest;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedCharset;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.RowIssue;
import io.vitrine.common.Formats;
import io.vitrine.common.InputFiles;
import io.vitrine.common.VitrineException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio catalog import|search|scan|similar}: the catalog, headless. */
@Command(mixinStandardHelpOptions = true, name = "catalog", description = "Import product feeds into a workspace and search its catalog.",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.Search.class, CatalogScanCommand.class,
            CatalogSimilarCommand.class})
final class CatalogCommand {

    @Command(mixinStandardHelpOptions = true, name = "import", description = {"Import a product feed (re-importing the same file updates it in place).",
            "Formats: gmc-xml (Merchant Center RSS/Atom), gmc-tsv, meta-csv, shopify-csv, csv (with a column mapping), xlsx.",
            "Exit code 0 when the file was processed, even if some rows were rejected; 1 when it could not be read."})
    static final class Import implements Callable<Integer> {
        /** A mapping names a few dozen columns; a megabyte is far more than any needs. */
        static final long MAX_MAPPING_BYTES = 1024 * 1024;

        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The feed file.")
        Path file;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto (default), gmc-xml, gmc-tsv, meta-csv, shopify-csv, csv or xlsx.")
        String format;
        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Column mapping (JSON: {\"columns\": {\"Your column\": \"id\", ...}, \"currency\": \"EUR\"}); saved in the workspace.")
        Path mapping;
        @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet of an .xlsx workbook (default: the first).")
        String sheet;
        @Option(names = "--currency", paramLabel = "CODE", description = "Currency of prices written without one (default: the catalog's).")
        String currency;
        @Option(names = "--source", paramLabel = "NAME", description = "Catalog source to update (default: the file name).")
        String source;
        @Option(names = "--encoding", paramLabel = "CHARSET",
                description = "Character set of a CSV/TSV file (default: UTF-8, or Windows-1252 when the file is not UTF-8).")
        String encoding;
        @Option(names = "--accept-removals", description = {"Mark items removed even when the file lists far fewer than the",
                "source had (otherwise they are kept: the file may be cut off)."})
        boolean acceptRemovals;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            ImportRequest request = new ImportRequest(format.equalsIgnoreCase("auto") ? null : FeedFormat.fromCode(format),
                    mapping == null ? null : readMapping(mapping), sheet, source, currency,
                    encoding == null ? null : FeedCharset.named(encoding), acceptRemovals);
            FeedSource feed = FeedSource.of(file);
            ImportReport report;
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
                report = opened.features().catalog().imports().importFeed(feed, request, progress);
            } finally {
                progress.finish();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                json.write(report);
            } else {
                printReport(out, report);
            }
            return 0;
        }

        private static ColumnMapping readMapping(Path path) {
            return ColumnMapping.fromJson(new String(InputFiles.read(path, MAX_MAPPING_BYTES, "The mapping file"),
                    StandardCharsets.UTF_8));
        }

        private static void printReport(PrintWriter out, ImportReport report) {
            out.printf("Imported %s (%s) into source \"%s\"%n", report.file(), report.format().code(), report.source());
            out.printf("  %s%n", report.summary());
            if (report.flaggedPosts() + report.flaggedPolls() > 0) {
                out.printf("  %s posts and %s polls now tag removed or out-of-stock items%n",
                        Formats.count(report.flaggedPosts()), Formats.count(report.flaggedPolls()));
            }
            for (String note : report.notes()) {
                out.printf("  Note: %s%n", note);
            }
            printIssues(out, "Rejected rows", report.errors(), report.rejected());
            printIssues(out, "Warnings", report.warningDetails(), report.warnings());
            out.flush();
        }

        private static void printIssues(PrintWriter out, String title, List<RowIssue> issues, long total) {
            if (issues.isEmpty()) {
                return;
            }
            out.printf("%s:%n", title);
            int shown = Math.min(issues.size(), 20);
            for (RowIssue issue : issues.subList(0, shown)) {
                out.printf("  %s%n", issue.describe());
            }
            if (total > shown) {
                out.printf("  … and %s more (--json lists up to %d)%n", Formats.count(total - shown), ImportReport.MAX_LISTED);
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "search", description = "Search the catalog (accents ignored, words match as prefixes, best first).")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for in titles, brands, ids, colours and types.")
        List<String> words;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--limit", defaultValue = "20", description = "At most this many items (default 20).")
        int limit;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new VitrineException("--limit must be at least 1.", "Pass a positive number, e.g. --limit 20.");
            }
            List<ItemSummary> found;
            try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
                found = opened.features().catalog().catalog().searchRanked(String.join(" ", words), limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                List<SearchHit> hits = new ArrayList<>();
                for (ItemSummary item : found) {
                    hits.add(SearchHit.of(item));
                }
                json.write(hits);
                return 0;
            }
            for (ItemSummary item : found) {
                out.printf("%-20s %-50s %-18s %12s  %s%n", item.id(), item.title(), item.brand() == null ? "" : item.brand(),
                        Formats.money(item.priceMicros(), item.currency()), item.availability().code().replace('_', ' '));
            }
            if (found.isEmpty()) {
                out.println("No items match.");
            }
            out.flush();
            return 0;
        }
    }

    /** One search result as JSON. */
    record SearchHit(String id, String title, String brand, BigDecimal price, String currency, String availability,
                     String itemGroupId, Integer stockQuantity, String imageLink) {
        static SearchHit of(ItemSummary item) {
            return new SearchHit(item.id(), item.title(), item.brand(), Formats.fromMicros(item.priceMicros()),
                    item.currency(), item.availability().code(), item.itemGroupId(), item.stockQuantity(), item.imageLink());
        }
    }
}
