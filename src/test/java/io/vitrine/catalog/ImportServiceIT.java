package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.catalog.feed.ColumnMappedReader;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedException;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.RowIssue;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports into a real workspace file: every format, re-import diffs, flags, cancel and failure leave nothing half done. */
class ImportServiceIT {
    @TempDir
    Path dir;
    Workspace workspace;
    Database db;
    ImportService imports;
    CatalogService catalog;
    List<CatalogImported> events = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("shop.vitrine"), "Shop");
        db = workspace.database();
        EventBus bus = new EventBus();
        bus.subscribe(CatalogImported.class, events::add);
        imports = CatalogFeature.of(db, bus).imports();
        catalog = new CatalogService(db);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportReport importSample(String name, ImportRequest request) {
        return imports.importFeed(FeedSource.bundled("samples/" + name), request, Progress.NONE);
    }

    private ImportReport importFile(Path file) {
        return imports.importFeed(FeedSource.of(file), ImportRequest.auto(), Progress.NONE);
    }

    private long items() {
        return db.read(sql -> sql.scalar("SELECT count(*) FROM catalog_item"));
    }

    private void assertSearchIndexIsConsistent() {
        db.write(sql -> sql.update("INSERT INTO catalog_search (catalog_search, rank) VALUES ('integrity-check', 1)"));
    }

    @Test
    void importsEverySampleFormat() throws IOException {
        ImportReport rss = importSample("gmc-rss.xml", ImportRequest.auto());
        assertThat(rss).extracting("format", "read", "imported", "rejected", "warnings", "status")
                .containsExactly(FeedFormat.GMC_XML, 9L, 6L, 3L, 1L, "completed");
        assertThat(rss.errors()).extracting(RowIssue::line, RowIssue::id, RowIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(107L, "ML-VASE-ONDE", "price"),
                        org.assertj.core.groups.Tuple.tuple(116L, "ML-CUSHION-LIN", "title"),
                        org.assertj.core.groups.Tuple.tuple(123L, "ML-MUG-SABLE", "price"));
        assertThat(importSample("gmc-atom.xml", ImportRequest.auto())).extracting("read", "imported", "warnings").containsExactly(3L, 3L, 1L);
        assertThat(importSample("gmc.tsv", ImportRequest.auto())).extracting("format", "read", "imported", "rejected")
                .containsExactly(FeedFormat.GMC_TSV, 7L, 5L, 2L);
        assertThat(importSample("meta.csv", ImportRequest.auto())).extracting("format", "imported").containsExactly(FeedFormat.META_CSV, 5L);
        assertThat(importSample("shopify.csv", ImportRequest.auto())).extracting("format", "read", "imported")
                .containsExactly(FeedFormat.SHOPIFY_CSV, 8L, 8L);
        assertThat(importSample("catalog.xlsx", ImportRequest.auto())).extracting("format", "read", "imported", "rejected")
                .containsExactly(FeedFormat.XLSX, 5L, 4L, 1L);
        String mappingJson;
        try (InputStream in = FeedSource.bundled("samples/generic.mapping.json").open()) {
            mappingJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> importSample("generic.csv", ImportRequest.auto()))
                .isInstanceOf(ColumnMappedReader.MappingNeededException.class);
        assertThat(importSample("generic.csv", ImportRequest.auto().withMapping(ColumnMapping.fromJson(mappingJson))))
                .extracting("format", "imported").containsExactly(FeedFormat.CSV, 4L);
        // the mapping was saved for these columns: the same export maps itself next time
        assertThat(importSample("generic.csv", ImportRequest.auto())).extracting("unchanged").isEqualTo(4L);

        assertThat(items()).isEqualTo(6 + 3 + 5 + 5 + 8 + 4 + 4);
        assertThat(events).hasSize(8);
        assertSearchIndexIsConsistent();
        StoredItem lamp = catalog.item("ML-LUNE-TL-SAGE").orElseThrow();
        assertThat(lamp.sourceName()).isEqualTo("gmc-rss.xml");
        assertThat(lamp.item().additionalImages()).hasSize(2);
    }

    @Test
    void reimportUpdatesInPlaceAndFlagsPostsAndPollsThatTagRemovedOrSoldOutItems() {
        Path feed = dir.resolve("lamps.tsv");
        Feeds.write(feed, List.of(
                Feeds.row("A", "Lune lamp", "89.00 EUR", "in stock", "LUNE", "Sage"),
                Feeds.row("B", "Lune lamp", "89.00 EUR", "in stock", "LUNE", "Ivory"),
                Feeds.row("C", "Orage throw", "129.00 EUR", "in stock", null, null),
                Feeds.row("D", "Figue candle", "34.50 EUR", "in stock", null, null)));
        assertThat(importFile(feed)).extracting("imported", "updated", "unchanged", "removed").containsExactly(4L, 0L, 0L, 0L);
        tagOnPostAndPoll("C", "D");

        Feeds.write(feed, List.of(
                Feeds.row("A", "Lune lamp", "89.00 EUR", "in stock", "LUNE", "Sage"),
                Feeds.row("B", "Lune lamp", "79.00 EUR", "in stock", "LUNE", "Ivory"),
                Feeds.row("D", "Figue candle", "34.50 EUR", "out of stock", null, null),
                Feeds.row("E", "Onde vase", "45.00 EUR", "in stock", null, null)));
        ImportReport second = importFile(feed);
        assertThat(second).extracting("read", "imported", "updated", "unchanged", "removed", "flaggedPosts", "flaggedPolls")
                .containsExactly(4L, 1L, 2L, 1L, 1L, 1L, 1L);
        StoredItem removed = catalog.item("C").orElseThrow();
        assertThat(removed.removed()).isTrue(); // kept, never deleted: the post's tag still points at it
        assertThat(catalog.find("B").orElseThrow().priceMicros()).isEqualTo(79_000_000L);
        assertThat(catalog.search("orage", 10)).isEmpty();
        assertThat(catalog.search("onde", 10)).extracting(ItemSummary::id).containsExactly("E");
        assertThat(new ProductRepository(db).count(ProductFilter.all())).isEqualTo(3); // LUNE (A+B), D, E

        assertThat(importFile(feed)).extracting("imported", "updated", "unchanged", "removed", "flaggedPosts")
                .containsExactly(0L, 0L, 4L, 0L, 0L);
        // C comes back: updated (no longer removed), and the index still knows it
        Feeds.write(feed, List.of(Feeds.row("C", "Orage throw", "129.00 EUR", "in stock", null, null)));
        assertThat(importFile(feed)).extracting("updated", "removed").containsExactly(1L, 4L);
        assertThat(catalog.search("orage", 10)).extracting(ItemSummary::id).containsExactly("C");
        assertSearchIndexIsConsistent();
        assertThat(new ImportRunRepository(db).recent(10)).extracting(ImportRun::status).containsOnly("completed").hasSize(4);
    }

    private void tagOnPostAndPoll(String postItem, String pollItem) {
        db.write(sql -> {
            long brand = sql.insert("INSERT INTO brand_profile (name, handle, created_at) VALUES ('B', 'b', 'x')");
            long post = sql.insert("INSERT INTO post (brand_id, created_at, updated_at) VALUES (?, 'x', 'x')", brand);
            sql.insert("INSERT INTO post_tag (post_id, image_position, item_id, x, y) VALUES (?, 0, ?, 0.5, 0.5)", post, postItem);
            long poll = sql.insert("INSERT INTO poll (brand_id, question, duration_hours, created_at, updated_at)"
                    + " VALUES (?, 'Which?', 24, 'x', 'x')", brand);
            sql.insert("INSERT INTO poll_option (poll_id, position, label, item_id) VALUES (?, 0, 'one', ?)", poll, pollItem);
            sql.insert("INSERT INTO poll_option (poll_id, position, label, item_id) VALUES (?, 1, 'two', 'A')", poll);
            return null;
        });
    }

    @Test
    void aCancelledImportLeavesTheCatalogExactlyAsItWas() {
        Path feed = dir.resolve("feed.tsv");
        importFile(Feeds.generated(feed, 1_000, ""));
        Map<String, Long> before = snapshot();
        Feeds.generated(feed, 30_000, " "); // every price changes its text, and 29,000 items are new
        Progress cancelAfterSomeRows = new Progress() {
            private int updates;

            @Override
            public void update(long done, long total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 3;
            }
        };
        assertThatThrownBy(() -> imports.importFeed(FeedSource.of(feed), ImportRequest.auto(), cancelAfterSomeRows))
                .isInstanceOf(CancellationException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertSearchIndexIsConsistent();
        List<ImportRun> runs = new ImportRunRepository(db).recent(5);
        assertThat(runs.get(0).status()).isEqualTo("cancelled");
        assertThat(runs.get(0).read()).isPositive();
        assertThat(new ImportRunRepository(db).report(runs.get(0).id()).orElseThrow().message()).contains("left as it was");
        // the search triggers the import dropped came back with the rollback, and still index new rows
        assertThat(db.<Long>read(sql -> sql.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                + " AND name LIKE 'catalog_item_search_%'"))).isEqualTo(3);
        db.write(sql -> sql.update("INSERT INTO catalog_item (id, title, price_micros, currency, updated_at)"
                + " VALUES ('direct', 'Directly written lamp', 1, 'EUR', 'x')"));
        assertThat(catalog.search("directly", 5)).extracting(ItemSummary::id).containsExactly("direct");
        assertSearchIndexIsConsistent();
    }

    @Test
    void aFeedThatBreaksHalfwayImportsNothing() throws IOException {
        Path feed = dir.resolve("feed.tsv");
        importFile(Feeds.generated(feed, 500, ""));
        Map<String, Long> before = snapshot();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n");
        for (int i = 0; i < 5_000; i++) {
            xml.append("<item><g:id>X-").append(i).append("</g:id><g:title>Broken feed item ").append(i)
                    .append("</g:title><g:price>1.00 EUR</g:price></item>\n");
        }
        xml.append("<item><g:id>X-last</g:id><g:title>Cut off here");
        Path broken = Files.writeString(dir.resolve("feed.xml"), xml, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFeed(FeedSource.of(broken), ImportRequest.auto().withSourceName("feed.tsv"), Progress.NONE))
                .isInstanceOf(FeedException.class).hasMessageContaining("Line 5002");
        assertThat(snapshot()).isEqualTo(before); // the 500 items were not marked removed, no X- item landed
        assertThat(new ImportRunRepository(db).recent(1).get(0).status()).isEqualTo("failed");
    }

    @Test
    void theSameIdTwiceKeepsTheFirstAndRejectsTheSecond() {
        Path feed = Feeds.write(dir.resolve("dup.tsv"), List.of(
                Feeds.row("A", "First", "10.00 EUR", "in stock", null, null),
                Feeds.row("A", "Second", "12.00 EUR", "in stock", null, null)));
        ImportReport report = importFile(feed);
        assertThat(report).extracting("read", "imported", "rejected").containsExactly(2L, 1L, 1L);
        assertThat(report.errors().get(0)).extracting("line", "id", "field").containsExactly(3L, "A", "id");
        assertThat(catalog.find("A").orElseThrow().title()).isEqualTo("First");
        // and on a re-import, where the catalog already has A
        assertThat(importFile(feed)).extracting("unchanged", "rejected").containsExactly(1L, 1L);
    }

    @Test
    void searchIgnoresAccentsMatchesPrefixesAndRanks() {
        importSample("gmc-rss.xml", ImportRequest.auto());
        importSample("shopify.csv", ImportRequest.auto());
        assertThat(catalog.search("lumiere", 50)).hasSizeGreaterThan(5);
        assertThat(catalog.search("lune lam", 10)).extracting(ItemSummary::id)
                .containsExactly("ML-LUNE-TL-IVORY", "ML-LUNE-TL-SAGE", "ML-LUNE-TL-TERRA");
        assertThat(catalog.search("NUAGE-SAGE-140", 3).get(0).id()).isEqualTo("NUAGE-SAGE-140");
        assertThat(catalog.search("\"; DROP TABLE catalog_item; --", 5)).isEmpty();
        assertThat(catalog.searchRanked("figue", 5)).extracting(ItemSummary::id).containsExactly("ML-CANDLE-FIGUE");
        assertThat(catalog.searchRanked("sage", 10)).extracting(ItemSummary::id)
                .contains("ML-LUNE-TL-SAGE", "NUAGE-SAGE-140", "NUAGE-SAGE-240");
        assertThat(catalog.variantsOf("ML-LUNE-TL")).hasSize(3);
    }

    private Map<String, Long> snapshot() {
        return db.read(sql -> Map.of(
                "items", sql.scalar("SELECT count(*) FROM catalog_item"),
                "live", sql.scalar("SELECT count(*) FROM catalog_item WHERE removed = 0"),
                "hash", sql.scalar("SELECT total(content_hash % 1000003) FROM catalog_item"),
                "products", sql.scalar("SELECT count(*) FROM catalog_product"),
                "indexed", sql.scalar("SELECT count(*) FROM catalog_search WHERE catalog_search MATCH 'lamp*'")));
    }
}
