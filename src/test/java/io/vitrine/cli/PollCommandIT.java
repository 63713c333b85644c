package io.vitrine.cli;

import static io.vitrine.cli.WorkspaceCommandIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.demo.DemoWorkspace;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poll CLI as a user runs it: create from catalog items and images, list, results as JSON, clear errors. */
class PollCommandIT {
    @TempDir
    Path dir;

    @Test
    void createsFromItemsAndImagesThenListsIt() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        try (Workspace ws = Workspace.create(file, "Shop")) {
            ws.database().write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('Spring', 'x')"));
            ws.database().write(sql -> sql.update("INSERT INTO catalog_item(id, title, price_micros, currency, availability,"
                    + " updated_at) VALUES ('LAMP-1', 'Lune table lamp', 89000000, 'EUR', 'out_of_stock', 'x')"));
        }
        assertThat(run("post", "brand", "add", "-w", file.toString(), "--name", "Shop", "--handle", "shop", "--time-zone", "UTC")
                .exitCode()).isZero();
        Path png = dir.resolve("stripes.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        WorkspaceCommandIT.Run created = run("poll", "create", "-w", file.toString(), "--question", "Lamp or stripes?",
                "--option", "LAMP-1", "--option-image", png + ":Stripes", "--hours", "24", "--campaign", "Spring");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out().strip()).isEqualTo("1");
        assertThat(created.err()).contains("warning: Option A (Lune table lamp) is out of stock");

        WorkspaceCommandIT.Run asJson = run("poll", "create", "-w", file.toString(), "--question", "Stripes or lamp?",
                "--option-image", png + ":Stripes", "--option", "LAMP-1", "--json");
        JsonNode second = Json.mapper().readTree(asJson.out());
        assertThat(second.get("id").asLong()).isEqualTo(2);
        assertThat(second.get("warnings")).hasSize(1);

        JsonNode list = Json.mapper().readTree(run("poll", "list", "-w", file.toString(), "--json").out());
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("id").asLong()).isEqualTo(1);
        assertThat(list.get(1).get("question").asText()).isEqualTo("Lamp or stripes?");
        assertThat(list.get(1).get("status").asText()).isEqualTo("draft");
        assertThat(list.get(1).get("votes").asLong()).isZero();
        assertThat(list.get(1).get("campaign").asText()).isEqualTo("Spring");

        JsonNode results = Json.mapper().readTree(run("poll", "results", "2", "-w", file.toString(), "--json").out());
        assertThat(results.get("options").get(0).get("label").asText()).isEqualTo("Stripes");
        assertThat(results.get("options").get(1).get("item_id").asText()).isEqualTo("LAMP-1");
        assertThat(results.get("verdict").asText()).isEqualTo("too_early_to_call");
    }

    /** A create that is refused after the picture was read (no brand, unknown item or campaign) leaves no image behind. */
    @Test
    void aRefusedCreateStoresNoImageAndASuccessfulOneStoresItOnce() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        Workspace.create(file, "Shop").close();
        Path png = dir.resolve("stripes.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String w = file.toString();

        WorkspaceCommandIT.Run noBrand = run("poll", "create", "-w", w, "--question", "Q?",
                "--option-image", png + ":Stripes", "--option-image", png + ":Plain");
        assertThat(noBrand.err()).contains("no brand profile yet");
        assertThat(imageRows(file)).isZero();

        assertThat(run("post", "brand", "add", "-w", w, "--name", "Shop", "--handle", "shop", "--time-zone", "UTC")
                .exitCode()).isZero();
        WorkspaceCommandIT.Run otherBrand = run("poll", "create", "-w", w, "--question", "Q?", "--brand", "nobody",
                "--option-image", png + ":Stripes", "--option-image", png + ":Plain");
        assertThat(otherBrand.err()).contains("no brand profile @nobody");
        WorkspaceCommandIT.Run unknownItem = run("poll", "create", "-w", w, "--question", "Q?",
                "--option-image", png + ":Stripes", "--option", "NOPE-1");
        assertThat(unknownItem.err()).contains("there is no product NOPE-1");
        WorkspaceCommandIT.Run unknownCampaign = run("poll", "create", "-w", w, "--question", "Q?", "--campaign", "Nope",
                "--option-image", png + ":Stripes", "--option-image", png + ":Plain");
        assertThat(unknownCampaign.err()).contains("no campaign called \"Nope\"");
        assertThat(List.of(otherBrand, unknownItem, unknownCampaign)).extracting(WorkspaceCommandIT.Run::exitCode).containsOnly(1);
        assertThat(imageRows(file)).isZero();
        assertThat(run("poll", "list", "-w", w, "--json").out().strip()).isEqualTo("[]");

        WorkspaceCommandIT.Run created = run("poll", "create", "-w", w, "--question", "Q?",
                "--option-image", png + ":Stripes", "--option-image", png + ":Plain");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(run("poll", "create", "-w", w, "--question", "Again?",
                "--option-image", png + ":Stripes", "--option-image", png + ":Plain").exitCode()).isZero();
        assertThat(imageRows(file)).isEqualTo(1); // content-addressed: one picture, however many options show it
        JsonNode results = Json.mapper().readTree(run("poll", "results", created.out().strip(), "-w", w, "--json").out());
        assertThat(results.get("options")).extracting(o -> o.get("label").asText()).containsExactly("Stripes", "Plain");
    }

    private static long imageRows(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image"));
        }
    }

    @Test
    void resultsOfTheDemoPollsAsJson() throws Exception {
        Path file = dir.resolve("demo.vitrine");
        DemoWorkspace.generate(file, DemoWorkspace.DEFAULT_SEED, Instant.parse("2026-11-22T00:00:00Z")).close();
        WorkspaceCommandIT.Run run = run("poll", "results", "4", "-w", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = Json.mapper().readTree(run.out());
        assertThat(doc.get("total_votes").asLong()).isEqualTo(2000);
        assertThat(doc.get("min_votes").asInt()).isEqualTo(100);
        assertThat(doc.get("verdict").asText()).isEqualTo("leads");
        assertThat(doc.get("verdict_text").asText()).containsPattern("^\\S.* leads with"); // an option of the demo catalog
        JsonNode option = doc.get("options").get(0);
        for (String field : new String[] {"votes", "share", "ci_low", "ci_high", "probability_best", "expected_loss"}) {
            assertThat(option.has(field)).as(field).isTrue();
        }
        assertThat(option.get("ci_low").asDouble()).isLessThan(option.get("share").asDouble());
        assertThat(doc.get("srm").get("flagged").asBoolean()).isFalse();
        assertThat(doc.get("segments")).anySatisfy(s -> {
            assertThat(s.get("segment").asText()).isEqualTo("region=DE");
            assertThat(s.get("disagreement").asText()).isEqualTo("reversed");
            assertThat(s.get("leader_position").asInt()).isEqualTo(1);
            assertThat(s.get("p_value_adjusted").asDouble()).isLessThanOrEqualTo(0.05); // clear even among all segments
        });
        int segments = doc.get("segments").size();
        assertThat(doc.get("segments_compared").asInt()).isEqualTo(segments).isGreaterThan(4);
        assertThat(doc.get("segment_note").asText()).isEqualTo("Segment calls adjusted for " + segments + " segments (Holm).");
        assertThat(run("poll", "results", "4", "-w", file.toString()).out())
                .contains("Segment calls adjusted for " + segments + " segments (Holm).").containsPattern("Region DE .* p(=|<)");

        JsonNode strict = Json.mapper().readTree(run("poll", "results", "4", "-w", file.toString(), "--json",
                "--min-votes", "5000").out());
        assertThat(strict.get("verdict").asText()).isEqualTo("too_early_to_call");
        JsonNode germany = Json.mapper().readTree(run("poll", "results", "4", "-w", file.toString(), "--json",
                "--segment", "region=DE").out());
        assertThat(germany.get("scope").get(0).asText()).isEqualTo("region=DE");
        assertThat(germany.get("leader_position").asInt()).isEqualTo(1);

        WorkspaceCommandIT.Run text = run("poll", "results", "5", "-w", file.toString());
        assertThat(text.out()).contains("Caution: Checks was shown").contains("95% interval");
    }

    @Test
    void mistakesGetAClearMessageAndChangeNothing() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        Workspace.create(file, "Shop").close();
        Path png = dir.resolve("a.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        WorkspaceCommandIT.Run noBrand = run("poll", "create", "-w", file.toString(), "--question", "Q?",
                "--option-image", png + ":A", "--option-image", png + ":B");
        assertThat(noBrand.exitCode()).isEqualTo(1);
        assertThat(noBrand.err()).contains("no brand profile yet").contains("post brand add");
        WorkspaceCommandIT.Run one = run("poll", "create", "-w", file.toString(), "--question", "Q?", "--option", "A");
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).contains("A poll needs 2 to 4 options; you gave 1.").contains("--option-image FILE:LABEL");

        WorkspaceCommandIT.Run unknown = run("poll", "create", "-w", file.toString(), "--question", "Q?",
                "--option", "NOPE-1", "--option", "NOPE-2");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no product NOPE-1 in the catalog");

        WorkspaceCommandIT.Run noFile = run("poll", "create", "-w", file.toString(), "--question", "Q?",
                "--option-image", "missing.png:Label", "--option-image", "other.png");
        assertThat(noFile.err()).contains("no image file before the ':'");

        assertThat(run("poll", "list", "-w", file.toString(), "--json").out().strip()).isEqualTo("[]");
        assertThat(run("poll", "results", "7", "-w", file.toString()).err()).contains("There is no poll 7");
        assertThat(run("poll", "results", "7", "-w", file.toString(), "--segment", "planet=Mars").err())
                .contains("Unknown segment \"planet\"");
    }
}
