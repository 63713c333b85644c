package io.vitrine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFilter;
import io.vitrine.post.PostSummary;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPostsIT {
    static final Instant ANCHOR = Instant.parse("2026-11-22T00:00:00Z");
    @TempDir
    Path dir;

    @Test
    void theDemoHasPostsInEveryStateAcrossBothCampaignsEvenWithoutACatalog() {
        try (Workspace demo = DemoWorkspace.generate(dir.resolve("demo.vitrine"), DemoWorkspace.DEFAULT_SEED, ANCHOR)) {
            Map<String, Integer> counts = DemoPosts.countsByStatus(demo.database());
            assertThat(counts).containsEntry("published", 13).containsEntry("scheduled", 14).containsEntry("failed", 1)
                    .containsEntry("archived", 1).containsEntry("draft", 7);
            List<PostSummary> posts = PostFeature.of(demo.database()).posts().list(PostFilter.ALL);
            assertThat(posts).extracting(PostSummary::campaignName).containsOnly("Autumn Nest", "Lumière Lights");
            assertThat(posts).allMatch(p -> p.imageCount() >= 1 && !p.caption().isBlank());
            assertThat(posts).filteredOn(p -> p.status() == PublishState.SCHEDULED).allMatch(p -> p.scheduledAt().isAfter(ANCHOR));
            assertThat(posts).filteredOn(p -> p.status() == PublishState.PUBLISHED).allMatch(p -> p.publishedAt().isBefore(ANCHOR));
            // the photos are stored once each
            // (the demo polls add pictures of their designs: leave those out)
            assertThat(demo.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image WHERE sha256 NOT IN"
                    + " (SELECT image_sha256 FROM poll_option WHERE image_sha256 IS NOT NULL)"))).isEqualTo(18L);
            // one deliberate clash shows the calendar's warning
            assertThat(demo.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM (SELECT scheduled_at FROM post"
                    + " WHERE status = 'scheduled' GROUP BY scheduled_at HAVING count(*) > 1)"))).isEqualTo(1L);
        }
    }

    @Test
    void pinsLandOnRealCatalogItemsOfTheRightKindAndTheSameSeedGivesTheSamePosts() throws Exception {
        String first = generateWithCatalog("a.vitrine");
        String second = generateWithCatalog("b.vitrine");
        assertThat(first).isEqualTo(second).contains("LAMP-").contains("CUSH-");
    }

    private String generateWithCatalog(String name) throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve(name), "demo")) {
            long brand = DemoBrand.create(workspace, ANCHOR);
            workspace.database().write(sql -> {
                String insert = "INSERT INTO catalog_item(id, title, product_type, price_micros, currency, availability, updated_at)"
                        + " VALUES (?, ?, ?, 1000000, 'EUR', ?, 'x')";
                sql.update(insert, "LAMP-1", "Lune table lamp", "Lighting > Lamps", "in_stock");
                sql.update(insert, "LAMP-2", "Arc floor lamp", "Lighting > Lamps", "out_of_stock");
                sql.update(insert, "CUSH-1", "Linen cushion cover", "Textiles > Cushions", "in_stock");
                sql.update(insert, "VASE-1", "Stoneware vase", "Decor > Vases", "in_stock");
                sql.update(insert, "SOFA-1", "Three-seat sofa", "Furniture", "in_stock");
                return null;
            });
            new DemoPosts().fill(new DemoContext(workspace, new Random(7), ANCHOR, brand));
            List<String> tags = workspace.database().read(sql -> sql.list("SELECT p.caption || '|' || t.item_id || '@' || t.x || ','"
                    + " || t.y FROM post_tag t JOIN post p ON p.id = t.post_id ORDER BY t.id", row -> row.getString(1)));
            assertThat(tags).isNotEmpty().noneMatch(t -> t.contains("SOFA-1"));
            assertThat(workspace.database().<Long>read(sql -> sql.scalar("SELECT max(c) FROM (SELECT count(*) c FROM post_tag"
                    + " GROUP BY post_id, image_position)"))).isLessThanOrEqualTo(5L);
            return String.join("\n", tags);
        }
    }
}
