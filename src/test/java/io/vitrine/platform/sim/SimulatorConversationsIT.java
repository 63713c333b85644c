package io.vitrine.platform.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.Crop;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.ReplyRequest;
import io.vitrine.platform.api.TagPayload;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations on the simulator over real HTTP: questions, replies and their rules, hiding, automations, brands. */
class SimulatorConversationsIT {
    static final Instant START = PlatformSimulatorIT.START;

    final MutableClock clock = new MutableClock(START);
    PlatformSimulator sim;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    SimClient start(SimulatorOptions options) {
        sim = PlatformSimulator.start(options.withClock(clock));
        return new SimClient(sim.url(), sim.brands().get(0).token());
    }

    @Test
    void theAudienceAsksAboutTheTaggedProductsTheirColoursAndSizesInTheShopsLanguages() throws Exception {
        SimClient brand = start(SimulatorOptions.defaults());
        for (int i = 0; i < 6; i++) {
            publish(brand, "k" + i, List.of());
        }
        clock.advance(Duration.ofHours(12));
        List<JsonNode> comments = allComments(brand);
        assertThat(comments).hasSizeGreaterThan(30);
        List<String> texts = comments.stream().map(c -> c.get("text").asText()).toList();
        assertThat(texts).anyMatch(t -> t.contains("Lune Table Lamp"));
        assertThat(texts).anyMatch(t -> t.contains("Sage") || t.contains("Ivory"));
        assertThat(texts).anyMatch(t -> List.of("130 × 170 cm", " S?", " M?", " L?", "XL", "42").stream().anyMatch(t::contains));
        assertThat(comments).extracting(c -> c.get("language").asText()).contains("en", "fr", "de");
        assertThat(comments).allMatch(c -> c.get("author").asText().equals("audience") && c.has("author_name"));
        long questions = sim.truth().conversations().get("b_1").get("questions");
        assertThat(questions).isBetween(10L, (long) comments.size());

        // deterministic per seed: the same publications and time give the same words
        List<JsonNode> again;
        MutableClock own = new MutableClock(START);
        try (PlatformSimulator other = PlatformSimulator.start(SimulatorOptions.defaults().withClock(own))) {
            SimClient c = new SimClient(other.url(), other.brands().get(0).token());
            for (int i = 0; i < 6; i++) {
                publish(c, "k" + i, List.of());
            }
            own.advance(Duration.ofHours(12));
            again = allComments(c);
        }
        assertThat(again).isEqualTo(comments);
    }

    @Test
    void repliesAreThreadedStoredByKeyAndPrivateOnesFollowTheRules() throws Exception {
        SimClient brand = start(SimulatorOptions.defaults().withPrivateRepliesPerHour(2));
        String postId = publish(brand, "k1", List.of());
        for (int i = 2; i <= 6; i++) {
            publish(brand, "k" + i, List.of());
        }
        clock.advance(Duration.ofHours(6));
        List<JsonNode> comments = allComments(brand);
        JsonNode question = comments.stream().filter(c -> c.get("post_id").asText().equals(postId)).findFirst().orElseThrow();
        String id = question.get("id").asText();

        HttpResponse<String> reply = brand.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest("Yes, in stock!"),
                "Idempotency-Key", "r1");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        HttpResponse<String> replayed = brand.send("POST", "/v1/comments/" + id + "/replies",
                new ReplyRequest("Yes, in stock!"), "Idempotency-Key", "r1");
        assertThat(replayed.body()).isEqualTo(reply.body());
        JsonNode answer = SimClient.json(reply);
        assertThat(answer.get("parent_id").asText()).isEqualTo(id);
        assertThat(answer.get("author").asText()).isEqualTo("brand");
        assertThat(answer.get("visibility").asText()).isEqualTo("public");
        assertThat(answer.get("post_id").asText()).isEqualTo(postId);
        List<JsonNode> thread = listOf(brand.get("/v1/posts/" + postId + "/comments"));
        assertThat(thread).anyMatch(c -> c.get("id").asText().equals(answer.get("id").asText()));
        assertThat(allComments(brand).get(comments.size()).get("id").asText()).as("the feed goes on with the reply")
                .isEqualTo(answer.get("id").asText());

        HttpResponse<String> privately = brand.send("POST", "/v1/comments/" + id + "/private-reply",
                new ReplyRequest("Here is your link"), "Idempotency-Key", "p1");
        assertThat(privately.statusCode()).isEqualTo(201);
        assertThat(SimClient.json(privately).get("visibility").asText()).isEqualTo("private");
        HttpResponse<String> second = brand.send("POST", "/v1/comments/" + id + "/private-reply",
                new ReplyRequest("And again"), "Idempotency-Key", "p2");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(SimClient.json(second).get("detail").asText()).contains("already has its private reply");
        assertThat(listOf(brand.get("/v1/posts/" + postId + "/comments")).get(0).get("private_replied").asBoolean()).isTrue();
        assertThat(brand.send("POST", "/v1/comments/" + answer.get("id").asText() + "/private-reply",
                new ReplyRequest("To myself"), "Idempotency-Key", "p3").statusCode()).isEqualTo(422);
        assertThat(brand.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest(" "), "Idempotency-Key", "r2")
                .statusCode()).isEqualTo(422);

        String another = comments.get(1).get("id").asText();
        assertThat(brand.send("POST", "/v1/comments/" + another + "/private-reply", new ReplyRequest("Hi"),
                "Idempotency-Key", "p4").statusCode()).isEqualTo(201);
        HttpResponse<String> limited = brand.send("POST", "/v1/comments/" + comments.get(2).get("id").asText()
                + "/private-reply", new ReplyRequest("Hi"), "Idempotency-Key", "p5");
        assertThat(limited.statusCode()).as("two private replies an hour").isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();

        clock.advance(Duration.ofDays(8));
        HttpResponse<String> late = brand.send("POST", "/v1/comments/" + comments.get(3).get("id").asText()
                + "/private-reply", new ReplyRequest("Hi"), "Idempotency-Key", "p6");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(SimClient.json(late).get("detail").asText()).contains("7 days");
        assertThat(brand.send("POST", "/v1/comments/" + comments.get(3).get("id").asText() + "/replies",
                new ReplyRequest("Sorry for the wait: yes!"), "Idempotency-Key", "r3").statusCode()).isEqualTo(201);

        Map<String, Long> truth = sim.truth().conversations().get("b_1");
        assertThat(truth).containsEntry("replies", 2L).containsEntry("private_replies", 2L);
    }

    @Test
    void hidingAndAnotherBrandsToken() throws Exception {
        SimClient brand = start(SimulatorOptions.defaults());
        String postId = publish(brand, "k1", List.of());
        publish(brand, "k2", List.of());
        clock.advance(Duration.ofHours(8));
        String id = allComments(brand).get(0).get("id").asText();

        SimClient other = new SimClient(sim.url(), sim.brands().get(1).token());
        assertThat(allComments(other)).isEmpty();
        assertThat(other.get("/v1/posts/" + postId + "/comments").statusCode()).isEqualTo(404);
        assertThat(other.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest("Not mine"),
                "Idempotency-Key", "x1").statusCode()).isEqualTo(404);
        assertThat(other.send("POST", "/v1/comments/" + id + "/private-reply", new ReplyRequest("Not mine"),
                "Idempotency-Key", "x2").statusCode()).isEqualTo(404);
        assertThat(other.send("POST", "/v1/comments/" + id + "/hide", (Object) null, "Idempotency-Key", "x3").statusCode())
                .isEqualTo(404);
        assertThat(brand.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest("No key")).statusCode())
                .isEqualTo(400);

        HttpResponse<String> hidden = brand.send("POST", "/v1/comments/" + id + "/hide", (Object) null, "Idempotency-Key", "h1");
        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(hidden).get("hidden").asBoolean()).isTrue();
        assertThat(allComments(brand).get(0).get("hidden").asBoolean()).isTrue();
        assertThat(sim.truth().conversations().get("b_1")).containsEntry("hidden", 1L);
        assertThat(sim.truth().conversations().get("b_2")).containsEntry("replies", 0L);
    }

    @Test
    void automationsFireOnlyOnMatchingComments() throws Exception {
        SimClient brand = start(SimulatorOptions.defaults());
        List<AutomationRule> rules = List.of(
                new AutomationRule(List.of("LAMP"), AutomationAction.PRIVATE_REPLY, "Here is the Lune lamp: https://shop/lune", null),
                new AutomationRule(List.of("#cart"), AutomationAction.ADD_TO_CART, null, "LUNE-IVORY"));
        Set<String> posts = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            posts.add(publish(brand, "k" + i, rules));
        }
        clock.advance(Duration.ofHours(12));
        List<JsonNode> comments = allComments(brand);
        Map<String, JsonNode> byId = comments.stream().collect(Collectors.toMap(c -> c.get("id").asText(), c -> c));
        List<JsonNode> audience = comments.stream().filter(c -> c.get("author").asText().equals("audience")
                && !c.has("parent_id")).toList();
        List<JsonNode> automated = comments.stream().filter(c -> c.has("automation_rule")).toList();
        assertThat(automated).isNotEmpty().allMatch(c -> c.get("visibility").asText().equals("private")
                && rules.get(0).matches(byId.get(c.get("parent_id").asText()).get("text").asText()));
        Set<String> answered = automated.stream().map(c -> c.get("parent_id").asText()).collect(Collectors.toSet());
        for (JsonNode c : audience) {
            assertThat(answered.contains(c.get("id").asText())).as(c.get("text").asText())
                    .isEqualTo(rules.get(0).matches(c.get("text").asText()));
        }
        List<JsonNode> events = brand.allEvents(5000);
        List<JsonNode> carts = events.stream().filter(e -> e.get("type").asText().equals("add_to_cart")
                && e.has("comment_id") && rules.get(1).matches(byId.get(e.get("comment_id").asText()).get("text").asText()))
                .toList();
        long cartComments = audience.stream().filter(c -> rules.get(1).matches(c.get("text").asText())).count();
        assertThat(cartComments).isPositive();
        assertThat(carts).hasSize((int) cartComments)
                .allMatch(e -> e.get("item_id").asText().equals("LUNE-IVORY") && posts.contains(e.get("post_id").asText()));
        Map<String, Long> truth = sim.truth().conversations().get("b_1");
        assertThat(truth).containsEntry("automation_private_replies", (long) automated.size())
                .containsEntry("automation_carts", cartComments);
    }

    @Test
    void questionsAnsweredWithinTheHourSellMore() throws Exception {
        SimClient brand = start(SimulatorOptions.defaults());
        for (int i = 0; i < 8; i++) {
            publish(brand, "k" + i, List.of());
        }
        Set<String> answered = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        String cursor = "";
        int n = 0;
        for (int step = 0; step < 6 * 24; step++) {
            clock.advance(Duration.ofMinutes(10));
            JsonNode page = SimClient.json(brand.get("/v1/comments?limit=5000&cursor=" + cursor));
            cursor = page.get("next_cursor").asText();
            for (JsonNode c : page.get("comments")) {
                if (c.has("parent_id") || !c.get("text").asText().contains("?")) {
                    continue;
                }
                if (n++ % 2 == 0) {
                    assertThat(brand.send("POST", "/v1/comments/" + c.get("id").asText() + "/replies",
                            new ReplyRequest("Yes!"), "Idempotency-Key", "a" + n).statusCode()).isEqualTo(201);
                    answered.add(c.get("id").asText());
                } else {
                    ignored.add(c.get("id").asText());
                }
            }
        }
        clock.advance(Duration.ofHours(2));
        Set<String> buyers = brand.allEvents(5000).stream().filter(e -> e.get("type").asText().equals("purchase")
                && e.has("comment_id")).map(e -> e.get("comment_id").asText()).collect(Collectors.toSet());
        double answeredRate = share(buyers, answered);
        double ignoredRate = share(buyers, ignored);
        assertThat(answered).hasSizeGreaterThan(30);
        assertThat(answeredRate).as("answered %s vs unanswered %s", answeredRate, ignoredRate).isGreaterThan(2 * ignoredRate);
        assertThat(sim.truth().conversations().get("b_1").get("answered_in_time")).isEqualTo(answered.size());
    }

    @Test
    void repliesKeepTheirPlaceInTheFeedAcrossRestarts() throws Exception {
        Path state = dir.resolve("sim.json");
        SimClient brand = start(SimulatorOptions.defaults().withStateFile(state));
        publish(brand, "k1", List.of());
        publish(brand, "k2", List.of());
        clock.advance(Duration.ofHours(6));
        String id = allComments(brand).get(0).get("id").asText();
        brand.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest("Thanks!"), "Idempotency-Key", "r1");
        clock.advance(Duration.ofHours(2));
        List<JsonNode> before = allComments(brand);
        sim.close();

        sim = PlatformSimulator.start(SimulatorOptions.defaults().withClock(clock).withStateFile(state));
        SimClient again = new SimClient(sim.url(), sim.brands().get(0).token());
        assertThat(allComments(again)).startsWith(before.toArray(new JsonNode[0]));
        assertThat(again.send("POST", "/v1/comments/" + id + "/replies", new ReplyRequest("Thanks!"),
                "Idempotency-Key", "r1").statusCode()).as("the key is remembered").isEqualTo(201);
        assertThat(sim.truth().conversations().get("b_1")).containsEntry("replies", 1L);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static double share(Set<String> buyers, Set<String> asked) {
        return asked.stream().filter(buyers::contains).count() / (double) asked.size();
    }

    static String publish(SimClient c, String key, List<AutomationRule> rules) throws Exception {
        item(c, "LUNE-SAGE", "Lune Table Lamp – Sage", "LUNE", "Sage", null, "in_stock");
        item(c, "LUNE-IVORY", "Lune Table Lamp – Ivory", "LUNE", "Ivory", null, "out_of_stock");
        item(c, "THROW-OAT", "Wool Throw – Oat", "THROW", "Oat", "130 × 170 cm", "in_stock");
        c.sendRetrying("PUT", "/v1/images/" + PlatformSimulatorIT.IMAGE_ID, PlatformSimulatorIT.IMAGE, "image/png");
        PostPayload post = new PostPayload("Evenings, softer", List.of("home"), null,
                List.of(new PostImageRef(PlatformSimulatorIT.IMAGE_ID, Crop.FULL)),
                List.of(new TagPayload("LUNE-SAGE", 0.3, 0.4, 0), new TagPayload("LUNE-IVORY", 0.5, 0.4, 0),
                        new TagPayload("THROW-OAT", 0.7, 0.6, 0)), null, rules);
        HttpResponse<String> created = c.send("POST", "/v1/posts", post, "Idempotency-Key", key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return SimClient.json(created).get("id").asText();
    }

    private static void item(SimClient c, String id, String title, String group, String colour, String size,
                             String availability) {
        c.sendRetrying("PUT", "/v1/items/" + id, new ItemPayload(title, 89_000_000L, "EUR", "https://shop/" + id, null,
                availability, group, colour, size));
    }

    static List<JsonNode> allComments(SimClient c) {
        List<JsonNode> comments = new ArrayList<>();
        String cursor = "";
        while (true) {
            JsonNode page = SimClient.json(c.sendRetrying("GET", "/v1/comments?limit=37&cursor=" + cursor, null));
            page.get("comments").forEach(comments::add);
            cursor = page.get("next_cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return comments;
            }
        }
    }

    private static List<JsonNode> listOf(HttpResponse<String> response) {
        List<JsonNode> out = new ArrayList<>();
        SimClient.json(response).get("comments").forEach(out::add);
        return out;
    }
}
