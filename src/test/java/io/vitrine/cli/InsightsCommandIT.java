package io.vitrine.cli;

import static io.vitrine.cli.WorkspaceCommandIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.insights.InsightsFixture;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./studio insights …} on the hand-counted fixture: each command's one JSON document, and headless charts. */
class InsightsCommandIT {
    @TempDir
    Path dir;
    Path file;
    InsightsFixture fixture;

    @BeforeEach
    void workspace() {
        file = dir.resolve("i.vitrine");
        try (Workspace ws = Workspace.create(file, "Insights")) {
            fixture = InsightsFixture.fill(ws);
        }
    }

    private JsonNode json(String... args) throws Exception {
        WorkspaceCommandIT.Run result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    private String[] period(String command) {
        return new String[] {"insights", command, "-w", file.toString(), "--from", "2026-11-10", "--to", "2026-11-12", "--json"};
    }

    @Test
    void summaryHasThePreviousPeriod() throws Exception {
        JsonNode summary = json(period("summary"));
        assertThat(summary.get("period").get("time_zone").asText()).isEqualTo("Europe/Paris");
        assertThat(summary.get("events").get("impression").asLong()).isEqualTo(8);
        assertThat(summary.get("revenue").get(0).get("currency").asText()).isEqualTo("EUR");
        assertThat(summary.get("revenue").get(0).get("amount").asDouble()).isEqualTo(179.0);
        assertThat(summary.get("revenue").get(1).get("amount").asDouble()).isEqualTo(40.0);
        assertThat(summary.get("click_through").asDouble()).isEqualTo(4.0 / 6);
        assertThat(summary.get("previous").get("period").get("from").asText()).isEqualTo("2026-11-07");
        assertThat(summary.get("previous").get("events").get("impression").asLong()).isEqualTo(1);
        assertThat(json("insights", "summary", "-w", file.toString(), "--json").get("previous").isNull()).isTrue();
    }

    @Test
    void postsProductsAndFunnelHaveTheDocumentedShapes() throws Exception {
        JsonNode posts = json(period("posts"));
        assertThat(posts.get(0).get("post_id").asLong()).isEqualTo(fixture.postA);
        assertThat(fieldNames(posts.get(0))).containsExactly("post_id", "impressions", "smiles", "comments", "product_clicks",
                "add_to_carts", "purchases", "revenue");
        assertThat(posts.get(0).get("revenue")).hasSize(2);

        JsonNode products = json(period("products"));
        assertThat(fieldNames(products.get(0))).containsExactly("item_id", "title", "product_clicks", "add_to_carts",
                "purchases", "revenue", "posts");
        assertThat(products.get(0).get("item_id").asText()).isEqualTo("LAMP-1");
        assertThat(products.get(0).get("product_clicks").asLong()).isEqualTo(3);
        assertThat(products.get(0).get("posts").asInt()).isEqualTo(2);

        JsonNode steps = json(period("funnel")).get("steps");
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0).get("name").asText()).isEqualTo("impressions");
        assertThat(steps.get(0).has("rate")).isTrue();
        assertThat(steps.get(0).get("rate").isNull()).isTrue();
        assertThat(steps.get(1).get("rate").asDouble()).isEqualTo(3.0 / 8);

        JsonNode campaign = json("insights", "posts", "-w", file.toString(), "--campaign", "Autumn", "--json");
        assertThat(campaign).hasSize(1);
        WorkspaceCommandIT.Run unknown = run("insights", "posts", "-w", file.toString(), "--campaign", "Nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no campaign named");
        WorkspaceCommandIT.Run badDay = run("insights", "summary", "-w", file.toString(), "--from", "10/11/2026");
        assertThat(badDay.err()).contains("YYYY-MM-DD");
    }

    @Test
    void everyChartExportsHeadlessAtItsSizeAndIsNotBlank() throws Exception {
        for (String chart : new String[] {"audience", "shopping", "revenue", "funnel", "products", "top-posts", "region",
                "interest", "age-band", "returning"}) {
            Path png = dir.resolve(chart + ".png");
            WorkspaceCommandIT.Run saved = run("insights", "export-chart", chart, "-w", file.toString(), "--out", png.toString(),
                    "--size", "800x450", "--from", "2026-11-10", "--to", "2026-11-12");
            assertThat(saved.exitCode()).as(chart + ": " + saved.err()).isZero();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(450);
            assertThat(distinctColours(image)).as(chart).isGreaterThan(20); // text, bars or lines, not a blank page
        }
        Path svg = dir.resolve("post.svg");
        assertThat(run("insights", "export-chart", "post", "--post", Long.toString(fixture.postA), "-w", file.toString(),
                "--out", svg.toString()).exitCode()).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains("width='1200.0'").contains("Impressions");
        assertThat(run("insights", "export-chart", "pie", "-w", file.toString(), "--out", "x.png").err())
                .contains("no chart called");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
