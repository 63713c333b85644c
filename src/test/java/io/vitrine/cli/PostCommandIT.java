package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.post.PostFixtures;
import io.vitrine.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The post commands, headless, on a real workspace file: what they print and their exit codes. */
class PostCommandIT {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine line = StudioCommand.commandLine((file, demo) -> 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path workspace() {
        Path file = dir.resolve("shop.vitrine");
        PostFixtures.workspace(file).close();
        return file;
    }

    @Test
    void createsAScheduledPostAndListsIt() throws Exception {
        Path ws = workspace();
        Path photo = PostFixtures.photo(dir, "lamp.jpg", 800, 1000);
        String when = LocalDate.now().plusDays(7) + "T10:00";
        Run created = run("post", "create", "-w", ws.toString(), "--image", photo.toString(), "--caption", "Evenings #lighting",
                "--tag", "LAMP-SAND@0.42,0.61", "--tag", "LAMP-INK@0.7,0.3#1", "--schedule", when, "--campaign", "Autumn Nest",
                "--cta", "shop_now", "--json");
        assertThat(created.exit()).as(created.err()).isZero();
        JsonNode json = Json.mapper().readTree(created.out());
        assertThat(json.get("status").asText()).isEqualTo("scheduled");
        assertThat(json.get("tags").asInt()).isEqualTo(2);
        assertThat(json.get("warnings").get(0).asText()).contains("LAMP-INK").contains("out of stock");
        long id = json.get("id").asLong();

        try (Workspace open = Workspace.open(ws)) {
            assertThat(open.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT scheduled_at FROM post WHERE id = ?", id)))
                    .hasValue(LocalDate.now().plusDays(7).atTime(10, 0).atZone(PostFixtures.PARIS).toInstant().toString());
        }
        Run list = run("post", "list", "-w", ws.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("scheduled").contains("Autumn Nest").contains("Evenings #lighting").contains("1 post(s)");
        Run listJson = run("post", "list", "-w", ws.toString(), "--json", "--status", "draft");
        assertThat(Json.mapper().readTree(listJson.out()).size()).isZero();
    }

    @Test
    void refusesInvalidInputWithEveryReasonAndExitOne() throws Exception {
        Path ws = workspace();
        Path photo = PostFixtures.photo(dir, "lamp.jpg", 800, 1000);
        Run bad = run("post", "create", "-w", ws.toString(), "--image", photo.toString(), "--image", dir.resolve("missing.jpg").toString(),
                "--caption", "x".repeat(2_201), "--tag", "NOPE@0.5,0.5", "--tag", "LAMP-SAND@1.5,0.2", "--schedule", "next tuesday");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("missing.jpg does not exist").contains("2,201 characters")
                .contains("No catalog item has the id \"NOPE\"").contains("X and Y are fractions").contains("\"next tuesday\" is not a date");
        try (Workspace open = Workspace.open(ws)) {
            assertThat(open.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post"))).isZero();
        }
        Run six = run("post", "create", "-w", ws.toString(), "--image", photo.toString(), "--caption", "many",
                "--tag", "CUSH-LIN@0.1,0.1", "--tag", "CUSH-LIN@0.2,0.1", "--tag", "CUSH-LIN@0.3,0.1", "--tag", "CUSH-LIN@0.4,0.1",
                "--tag", "CUSH-LIN@0.5,0.1", "--tag", "CUSH-LIN@0.6,0.1");
        assertThat(six.exit()).isEqualTo(1);
        assertThat(six.err()).contains("Photo 1 has 6 pins; a photo can have at most 5");
    }

    @Test
    void importsAScheduleFromCsvWithAReportPerRow() throws Exception {
        Path ws = workspace();
        Files.createDirectories(dir.resolve("photos"));
        PostFixtures.photo(dir.resolve("photos"), "a.jpg", 600, 600);
        PostFixtures.photo(dir.resolve("photos"), "b.jpg", 600, 750);
        String day = LocalDate.now().plusDays(3).toString();
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, "images,caption,tags,time,campaign\n"
                + "photos/a.jpg|photos/b.jpg,\"Two looks, one lamp #lighting\",\"LAMP-SAND@0.4,0.5 LAMP-SAGE@0.5,0.5#2\"," + day + "T09:00,Autumn Nest\n"
                + "photos/a.jpg,No time: a draft,,,\n"
                + "photos/missing.jpg,Broken row,\"GHOST@0.5,0.5\"," + day + "T09:00,Nope\n"
                + "photos/a.jpg,Unquoted tags,CUSH-LIN@0.5,0.5,,\n");
        Run report = run("post", "import-schedule", csv.toString(), "-w", ws.toString(), "--json");
        assertThat(report.exit()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(report.out());
        assertThat(json.get("created").asInt()).isEqualTo(2);
        assertThat(json.get("rejected").asInt()).isEqualTo(2);
        JsonNode rows = json.get("rows");
        assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("created");
        assertThat(rows.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(rows.get(2).get("problems").toString()).contains("missing.jpg does not exist")
                .contains("no campaign called \\\"Nope\\\"").contains("GHOST");
        assertThat(rows.get(3).get("problems").toString()).contains("6 fields but the header has 5").contains("double quotes");
        try (Workspace open = Workspace.open(ws)) {
            assertThat(open.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post WHERE status = 'scheduled'"))).isEqualTo(1L);
            assertThat(open.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post WHERE status = 'draft'"))).isEqualTo(1L);
            assertThat(open.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM post_tag WHERE image_position = 1"))).isEqualTo(1L);
        }
        Run text = run("post", "import-schedule", csv.toString(), "-w", ws.toString(), "--dry-run");
        assertThat(text.out()).contains("line 2: ok").contains("line 4: rejected").contains("[images]").contains("2 would be created, 2 rejected");
    }

    @Test
    void explainsWhatToDoWithoutABrandProfile() {
        Path file = dir.resolve("empty.vitrine");
        Workspace.create(file, null).close();
        Run run = run("post", "create", "-w", file.toString(), "--image", "x.jpg", "--caption", "hi");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no brand profile yet").contains("./studio post brand add");
        Run add = run("post", "brand", "add", "-w", file.toString(), "--name", "Corner Shop", "--handle", "cornershop",
                "--time-zone", "Europe/Paris");
        assertThat(add.exit()).isZero();
        assertThat(run("post", "brand", "list", "-w", file.toString()).out()).contains("@cornershop").contains("Europe/Paris");
        Run campaign = run("post", "campaign", "add", "-w", file.toString(), "--name", "Spring", "--starts", "2027-03-01",
                "--ends", "2027-02-01");
        assertThat(campaign.exit()).isEqualTo(1);
        assertThat(campaign.err()).contains("ends (2027-02-01) before it starts (2027-03-01)");
        assertThat(run("post", "campaign", "add", "-w", file.toString(), "--name", "Spring", "--starts", "2027-03-01",
                "--goal", "1,000 clicks").exit()).isZero();
        assertThat(run("post", "campaign", "list", "-w", file.toString()).out()).contains("Spring").contains("goal: 1,000 clicks");
    }
}
