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
import java.util.List;
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

    /** Whatever refuses a create (a photo, a tag, the campaign, the time, the call to action, the caption), no image is left behind. */
    @Test
    void aRefusedCreateStoresNoImageAndASuccessfulOneStoresItOnce() throws Exception {
        Path ws = workspace();
        String w = ws.toString();
        String photo = PostFixtures.photo(dir, "lamp.jpg", 800, 1000).toString();
        String later = LocalDate.now().plusDays(7) + "T10:00";
        List<Run> refused = List.of(
                run("post", "create", "-w", w, "--image", photo, "--image", dir.resolve("missing.jpg").toString(), "--caption", "Two"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Bad pin", "--tag", "LAMP-SAND@1.5,0.2"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Unknown product", "--tag", "NOPE@0.5,0.5"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Unknown campaign", "--campaign", "Nope"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "No date", "--schedule", "next tuesday"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Past", "--schedule", "2020-01-01T10:00"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Bad action", "--cta", "buy_buy"),
                run("post", "create", "-w", w, "--image", photo, "--caption", "x".repeat(2_201)),
                run("post", "create", "-w", w, "--image", photo, "--caption", "Other brand", "--brand", "nobody"));
        assertThat(refused).extracting(Run::exit).containsOnly(1);
        assertThat(refused).extracting(Run::err).satisfiesExactly(
                e -> assertThat(e).contains("missing.jpg does not exist"), e -> assertThat(e).contains("X and Y are fractions"),
                e -> assertThat(e).contains("No catalog item has the id \"NOPE\""), e -> assertThat(e).contains("no campaign called \"Nope\""),
                e -> assertThat(e).contains("\"next tuesday\" is not a date"), e -> assertThat(e).contains("is in the past"),
                e -> assertThat(e).contains("\"buy_buy\" is not a call to action"), e -> assertThat(e).contains("2,201 characters"),
                e -> assertThat(e).contains("@nobody"));
        assertThat(count(ws, "SELECT count(*) FROM image")).isZero();
        assertThat(count(ws, "SELECT count(*) FROM post")).isZero();

        Run draft = run("post", "create", "-w", w, "--image", photo, "--image", photo, "--caption", "Twice the same photo");
        Run scheduled = run("post", "create", "-w", w, "--image", photo, "--caption", "Later", "--schedule", later);
        assertThat(List.of(draft, scheduled)).extracting(Run::exit).as(draft.err() + scheduled.err()).containsOnly(0);
        assertThat(count(ws, "SELECT count(*) FROM image")).isEqualTo(1L); // content-addressed: one picture for three photos
        assertThat(count(ws, "SELECT count(*) FROM post_image")).isEqualTo(3L);
    }

    /** A refused row of an import leaves no image behind; the good rows import and store theirs, reported as before. */
    @Test
    void aRefusedImportRowStoresNoImageWhileGoodRowsImport() throws Exception {
        Path ws = workspace();
        Path photos = Files.createDirectories(dir.resolve("photos"));
        for (int i = 0; i < 6; i++) {
            PostFixtures.photo(photos, i + ".jpg", 600, 600 + 10 * i); // six different pictures, so an orphan shows
        }
        String day = LocalDate.now().plusDays(3).toString();
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, "images,caption,tags,time,campaign,call_to_action\n"
                + "photos/0.jpg,Good,\"LAMP-SAND@0.4,0.5\"," + day + "T09:00,Autumn Nest,\n"
                + "photos/1.jpg|photos/missing.jpg,Missing photo,,,,\n"
                + "photos/2.jpg,Bad pin,\"LAMP-SAND@1.5,0.5\",,,\n"
                + "photos/3.jpg,Unknown campaign,,,Nope,\n"
                + "photos/4.jpg,Past,,2020-01-01T09:00,,\n"
                + "photos/5.jpg,Bad action,,,,buy_buy\n"
                + "photos/0.jpg,Also good,,,,\n");
        Run report = run("post", "import-schedule", csv.toString(), "-w", ws.toString(), "--json");
        assertThat(report.exit()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(report.out());
        assertThat(json.get("created").asInt()).isEqualTo(2);
        assertThat(json.get("rejected").asInt()).isEqualTo(5);
        assertThat(json.get("rows")).extracting(r -> r.get("line").asInt() + " " + r.get("status").asText()
                        + (r.get("status").asText().equals("rejected") ? " " + r.get("problems").get(0).get("field").asText() : ""))
                .containsExactly("2 created", "3 rejected images", "4 rejected tags", "5 rejected campaign", "6 rejected schedule",
                        "7 rejected call_to_action", "8 created");
        assertThat(count(ws, "SELECT count(*) FROM image")).isEqualTo(1L);
        assertThat(count(ws, "SELECT count(*) FROM post")).isEqualTo(2L);
        assertThat(count(ws, "SELECT count(DISTINCT image_sha256) FROM post_image")).isEqualTo(1L);
    }

    private static long count(Path ws, String query) {
        try (Workspace open = Workspace.open(ws)) {
            return open.database().<Long>read(sql -> sql.scalar(query));
        }
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
