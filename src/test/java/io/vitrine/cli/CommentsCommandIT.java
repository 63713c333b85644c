package io.vitrine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import io.vitrine.conversation.ConversationFixtures;
import io.vitrine.post.PostFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./studio comments ...} and {@code post create --automation}, headless, on a real workspace file. */
class CommentsCommandIT {
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

    private Path workspace() throws Exception {
        ConversationFixtures fixture = ConversationFixtures.create(dir);
        Instant now = Instant.now();
        fixture.store(fixture.onPost("q1", "Do you have the Lune lamp in amber?", "en", now.minus(Duration.ofHours(2))),
                fixture.onPost("q2", "=1+2 crème?", "fr", now.minus(Duration.ofHours(1))),
                fixture.onPoll("r1", "Love the rust one", "en", now));
        Path file = fixture.workspace.file();
        fixture.workspace.close();
        return file;
    }

    @Test
    void listsRepliesWithTheDraftAndExports() throws Exception {
        String ws = workspace().toString();
        Run unanswered = run("comments", "list", "-w", ws, "--unanswered", "--json");
        assertThat(unanswered.exit()).as(unanswered.err()).isZero();
        JsonNode threads = Json.mapper().readTree(unanswered.out());
        assertThat(threads).extracting(t -> t.get("id").asText()).containsExactly("q2", "q1");
        assertThat(threads.get(1).get("product").asText()).isEqualTo("LUNE-AMBER");

        Run search = run("comments", "list", "-w", ws, "--search", "creme", "--json");
        assertThat(Json.mapper().readTree(search.out())).extracting(t -> t.get("id").asText()).containsExactly("q2");
        Run onPoll = run("comments", "list", "-w", ws, "--poll", "1");
        assertThat(onPoll.out()).contains("r1").contains("Love the rust one").doesNotContain("q1");

        Run reply = run("comments", "reply", "q1", "-w", ws, "--draft", "--json");
        assertThat(reply.exit()).as(reply.err()).isZero();
        JsonNode queued = Json.mapper().readTree(reply.out());
        assertThat(queued.get("reply").get("state").asText()).isEqualTo("queued");
        assertThat(queued.get("reply").get("text").asText()).contains("Amber is sold out").contains("Sage is in stock (12 left)");
        assertThat(queued.get("draft").get("matched").toString()).contains("closest in stock");
        assertThat(Json.mapper().readTree(run("comments", "list", "-w", ws, "--unanswered", "--json").out()))
                .extracting(t -> t.get("id").asText()).containsExactly("q2");

        Run twice = run("comments", "reply", "q2", "-w", ws, "--text", "Oui !", "--private");
        assertThat(twice.exit()).isZero();
        Run again = run("comments", "reply", "q2", "-w", ws, "--text", "Encore", "--private");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already has its private reply").contains("Answer publicly instead");
        assertThat(run("comments", "reply", "q2", "-w", ws).exit()).as("--text or --draft").isNotZero();

        Path csv = dir.resolve("out.csv");
        Run export = run("comments", "export", "-w", ws, "-o", csv.toString(), "--json");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Json.mapper().readTree(export.out()).get("rows").asInt()).isEqualTo(3);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("'=1+2 crème?");
        assertThat(run("comments", "export", "-w", ws, "-o", dir.resolve("out.xlsx").toString()).exit()).isZero();

        assertThat(run("comments", "done", "q2", "-w", ws).exit()).isZero();
        assertThat(run("comments", "assign", "r1", "-w", ws, "--to", "Camille").exit()).isZero();
        JsonNode all = Json.mapper().readTree(run("comments", "list", "-w", ws, "--assignee", "Camille", "--json").out());
        assertThat(all).singleElement().satisfies(t -> assertThat(t.get("id").asText()).isEqualTo("r1"));

        Run stats = run("comments", "stats", "-w", ws, "--json");
        JsonNode figures = Json.mapper().readTree(stats.out());
        assertThat(figures.get("questions").asInt()).isEqualTo(2);
        assertThat(figures.get("replies_queued").asInt()).isEqualTo(2);
        assertThat(run("comments", "list", "-w", ws, "--post", "1", "--poll", "1").err()).contains("not both");
    }

    @Test
    void postCreateStoresItsAutomationsOrNothing() throws Exception {
        Path file = dir.resolve("shop.vitrine");
        PostFixtures.workspace(file).close();
        Path photo = PostFixtures.photo(dir, "lamp.jpg", 800, 1000);
        Run created = run("post", "create", "-w", file.toString(), "--image", photo.toString(), "--caption", "Comment LAMP",
                "--tag", "LAMP-SAND@0.42,0.61", "--automation", "LAMP:private_reply", "--automation",
                "#cart,panier:add_to_cart:CUSH-LIN", "--json");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(Json.mapper().readTree(created.out()).get("automations").asInt()).isEqualTo(2);

        Run refused = run("post", "create", "-w", file.toString(), "--image", photo.toString(), "--caption", "Bad rule",
                "--automation", "x:add_to_cart:NOPE-1");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("NOPE-1, which is not in the catalog");
        Run posts = run("post", "list", "-w", file.toString(), "--json");
        assertThat(Json.mapper().readTree(posts.out())).as("the refused post was not created either").hasSize(1);
        assertThat(run("post", "create", "-w", file.toString(), "--image", photo.toString(), "--caption", "x",
                "--automation", "LAMP:send_dm").err()).contains("not an automation action");
    }
}
