package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Shopify product of 4,900 variant rows, each with its own picture: it imports, and its pictures are stored
 * once (on the first variant), not copied into every variant (4,900 × 4,900 links, 125 MB for 2,000 rows).
 * The timeout is a hang guard (it took over 180 s and 650 MB), not a performance assertion.
 */
class LargeShopifyProductIT {
    static final int ROWS = 4_900;

    @TempDir
    Path dir;

    @Test
    void aProductOfThousandsOfVariantsAndPicturesImportsWithEachPictureStoredOnce() throws Exception {
        StringBuilder csv = new StringBuilder("Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,"
                + "Variant Price,Image Src,Image Position,Status\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("poster-wall,").append(i == 0 ? "Poster wall,<p>Every colour.</p>,Maison Lumière,Color," : ",,,,")
                    .append("Shade ").append(i).append(",POSTER-").append(i).append(",19.00,")
                    .append("https://cdn.shopify.example/poster/").append(i).append(".jpg,").append(i + 1)
                    .append(i == 0 ? ",active\n" : ",\n");
        }
        Path feed = Files.writeString(dir.resolve("shopify-products.csv"), csv, StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.create(dir.resolve("shop.vitrine"), "Shop")) {
            ImportService imports = CatalogFeature.of(workspace.database(), new EventBus()).imports();

            ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> imports.importFeed(
                    FeedSource.of(feed), ImportRequest.auto().withCurrency("EUR"), Progress.NONE));

            assertThat(report.imported()).isEqualTo(ROWS);
            long links = workspace.database().read(sql -> sql.scalar("SELECT coalesce(sum(json_array_length(additional_images)), 0)"
                    + " FROM catalog_item WHERE item_group_id = 'poster-wall'"));
            assertThat(links).as("each picture once, besides the first variant's own").isEqualTo(ROWS - 1);
            long withGallery = workspace.database().read(sql -> sql.scalar(
                    "SELECT count(*) FROM catalog_item WHERE additional_images IS NOT NULL"));
            assertThat(withGallery).isEqualTo(1);
            CatalogService catalog = new CatalogService(workspace.database());
            assertThat(catalog.find("POSTER-4899").orElseThrow().imageLink()).endsWith("/poster/0.jpg");
        }
    }
}
