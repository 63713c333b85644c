package io.vitrine.platform.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.platform.api.Crop;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.TagPayload;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator over real loopback HTTP: auth, brands, idempotency, concurrency control, time, the feed. */
class PlatformSimulatorIT {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final byte[] IMAGE = "not really a png, the simulator only hashes it".getBytes(StandardCharsets.UTF_8);
    static final String IMAGE_ID = SimPublication.sha256Hex(IMAGE);

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
        sim = PlatformSimulator.start(options);
        return client(0);
    }

    SimClient client(int brand) {
        return new SimClient(sim.url(), sim.brands().get(brand).token());
    }

    static SimulatorOptions options() {
        return SimulatorOptions.defaults();
    }

    @Test
    void brandNeedsItsToken() throws Exception {
        SimClient brand1 = start(options());
        JsonNode info = SimClient.json(brand1.get("/v1/brand"));
        assertThat(info.get("id").asText()).isEqualTo("b_1");
        assertThat(info.get("name").asText()).isEqualTo("Maison Lumière");
        assertThat(info.get("handle").asText()).isEqualTo("maisonlumiere");
        assertThat(sim.brands()).extracting(b -> b.name()).containsExactly("Maison Lumière", "Northwind Outfitters");
        assertThat(sim.brands().get(0).token()).hasSize(43).isNotEqualTo(sim.brands().get(1).token());

        HttpResponse<String> anonymous = new SimClient(sim.url(), null).get("/v1/brand");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SimClient.json(anonymous).get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(new SimClient(sim.url(), "forged").get("/v1/brand").statusCode()).isEqualTo(401);
    }

    @Test
    void anotherBrandsPostIsNotFoundAndItsBrandForbidden() throws Exception {
        SimClient brand1 = start(options());
        SimClient brand2 = client(1);
        String postId = createPost(brand1, "k1", null).get("id").asText();

        assertThat(brand1.get("/v1/posts/" + postId).statusCode()).isEqualTo(200);
        assertThat(brand2.get("/v1/posts/" + postId).statusCode()).isEqualTo(404);
        assertThat(brand2.get("/v1/posts/" + postId + "/comments").statusCode()).isEqualTo(404);
        assertThat(brand2.get("/v1/brands/b_1").statusCode()).isEqualTo(403);
        assertThat(brand1.get("/v1/brands/b_1").statusCode()).isEqualTo(200);
        assertThat(SimClient.json(brand2.get("/v1/publications")).get("publications")).isEmpty();
    }

    @Test
    void imagesAreCheckedByTheirHash() throws Exception {
        SimClient brand1 = start(options());
        assertThat(brand1.send("PUT", "/v1/images/" + IMAGE_ID, IMAGE, "image/png").statusCode()).isEqualTo(201);
        HttpResponse<String> again = brand1.send("PUT", "/v1/images/" + IMAGE_ID, IMAGE, "image/png");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(again).get("id").asText()).isEqualTo(IMAGE_ID);
        String otherHash = SimPublication.sha256Hex("other");
        assertThat(brand1.send("PUT", "/v1/images/" + otherHash, IMAGE, "image/png").statusCode()).isEqualTo(422);
        byte[] huge = new byte[ApiRoutes.MAX_IMAGE_BYTES + 1];
        assertThat(brand1.send("PUT", "/v1/images/" + otherHash, huge, "image/jpeg").statusCode()).isEqualTo(413);
    }

    @Test
    void samePostKeyReplaysTheStoredResponse() throws Exception {
        SimClient brand1 = start(options());
        upload(brand1);
        PostPayload post = post("Spring light", null);
        HttpResponse<String> first = brand1.send("POST", "/v1/posts", post, "Idempotency-Key", "key-1");
        HttpResponse<String> second = brand1.send("POST", "/v1/posts", post, "Idempotency-Key", "key-1");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(SimClient.json(brand1.get("/v1/publications")).get("publications")).hasSize(1);

        assertThat(brand1.send("POST", "/v1/posts", post("Other", null), "Idempotency-Key", "key-1").statusCode())
                .isEqualTo(422);
        assertThat(brand1.send("POST", "/v1/posts", post).statusCode()).isEqualTo(400);
        PostPayload unknownItem = new PostPayload("x", List.of(), null, List.of(new PostImageRef(IMAGE_ID, Crop.FULL)),
                List.of(new TagPayload("NOPE-9", 0.5, 0.5, 0)), null, List.of());
        HttpResponse<String> missing = brand1.send("POST", "/v1/posts", unknownItem, "Idempotency-Key", "key-2");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(SimClient.json(missing).get("detail").asText()).contains("NOPE-9");
    }

    @Test
    void staleIfMatchIsRefusedWithTheCurrentEtag() throws Exception {
        SimClient brand1 = start(options());
        JsonNode created = createPost(brand1, "k1", null);
        String id = created.get("id").asText();
        String etag = created.get("etag").asText();

        HttpResponse<String> edited = new SimClient(sim.url(), null)
                .send("POST", "/_sim/publications/" + id + "/edit", Map.of("caption", "Changed on the web"));
        assertThat(edited.statusCode()).isEqualTo(200);
        String current = SimClient.json(edited).get("etag").asText();
        assertThat(current).isNotEqualTo(etag);
        assertThat(SimClient.json(brand1.get("/v1/posts/" + id)).get("post").get("caption").asText())
                .isEqualTo("Changed on the web");

        assertThat(brand1.send("PUT", "/v1/posts/" + id, post("Mine", null)).statusCode()).isEqualTo(428);
        HttpResponse<String> stale = brand1.send("PUT", "/v1/posts/" + id, post("Mine", null), "If-Match", "\"" + etag + "\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SimClient.json(stale).get("current_etag").asText()).isEqualTo(current);

        HttpResponse<String> ok = brand1.send("PUT", "/v1/posts/" + id, post("Mine", null), "If-Match", "\"" + current + "\"");
        assertThat(ok.statusCode()).isEqualTo(200);
        String newer = SimClient.json(ok).get("etag").asText();
        assertThat(newer).isNotIn(etag, current);
        assertThat(ok.headers().firstValue("ETag")).hasValue("\"" + newer + "\"");
    }

    @Test
    void scheduledPublicationsGoLiveAndPollsClose() throws Exception {
        SimClient brand1 = start(options().withClock(clock));
        Instant at = START.plus(Duration.ofHours(1));
        JsonNode post = createPost(brand1, "k1", at);
        JsonNode poll = SimClient.json(brand1.send("POST", "/v1/polls", poll("Which lamp?", 2), "Idempotency-Key", "k2"));
        assertThat(post.get("status").asText()).isEqualTo("scheduled");
        assertThat(post.has("published_at")).isFalse();
        assertThat(poll.get("status").asText()).isEqualTo("published");

        clock.advance(Duration.ofMinutes(90));
        JsonNode live = SimClient.json(brand1.get("/v1/posts/" + post.get("id").asText()));
        assertThat(live.get("status").asText()).isEqualTo("published");
        assertThat(Instant.parse(live.get("published_at").asText())).isEqualTo(at);

        clock.advance(Duration.ofMinutes(60));
        JsonNode closed = SimClient.json(brand1.get("/v1/polls/" + poll.get("id").asText()));
        assertThat(closed.get("status").asText()).isEqualTo("closed");
    }

    @Test
    void feedPagesHaveNoGapsAndTruthCountsWhatWasDelivered() throws Exception {
        SimClient brand1 = start(options().withClock(clock).withSpeed(3600));
        String postId = createPost(brand1, "k1", null).get("id").asText();
        brand1.send("POST", "/v1/polls", poll("Which lamp?", 48), "Idempotency-Key", "k2");
        clock.advance(Duration.ofSeconds(12)); // 12 simulated hours

        List<JsonNode> events = brand1.allEvents(97);
        assertThat(events).hasSizeGreaterThan(300);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("id").asText()).isEqualTo("e_b_1_" + (i + 1));
        }
        assertThat(events).extracting(e -> e.get("type").asText())
                .contains("impression", "smile", "vote", "product_click");
        assertThat(events.stream().filter(e -> e.has("poll_id") && e.get("type").asText().equals("impression")))
                .allMatch(e -> e.has("option"));
        Map<String, Long> truth = sim.truth().brands().get("b_1");
        assertThat(truth.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(events.size());
        assertThat(truth.get("impression"))
                .isEqualTo(events.stream().filter(e -> e.get("type").asText().equals("impression")).count());
        assertThat(sim.truth().brands().get("b_2")).isEmpty();

        long comments = events.stream().filter(e -> e.get("type").asText().equals("comment") && e.has("post_id")).count();
        assertThat(SimClient.json(brand1.get("/v1/posts/" + postId + "/comments")).get("comments")).hasSize((int) comments);
    }

    @Test
    void sameSeedSameActionsSameEvents() throws Exception {
        List<JsonNode> first = eventsAfterADay(7);
        List<JsonNode> second = eventsAfterADay(7);
        List<JsonNode> otherSeed = eventsAfterADay(8);
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    private List<JsonNode> eventsAfterADay(long seed) throws Exception {
        MutableClock own = new MutableClock(START);
        try (PlatformSimulator s = PlatformSimulator.start(options().withSeed(seed).withClock(own).withSpeed(3600))) {
            SimClient c = new SimClient(s.url(), s.brands().get(0).token());
            createPost(c, "k1", null);
            c.send("POST", "/v1/polls", poll("Which lamp?", 48), "Idempotency-Key", "k2");
            own.advance(Duration.ofSeconds(24));
            return c.allEvents(5000);
        }
    }

    @Test
    void stateFileKeepsPublicationsAndKeysAcrossRuns() throws Exception {
        Path state = dir.resolve("sim-state.json");
        SimClient brand1 = start(options().withClock(clock).withSpeed(3600).withStateFile(state));
        HttpResponse<String> created = brand1.send("POST", "/v1/posts", createPostPayload(brand1), "Idempotency-Key", "k1");
        brand1.send("POST", "/v1/polls", poll("Which lamp?", 48), "Idempotency-Key", "k2");
        clock.advance(Duration.ofSeconds(5));
        List<JsonNode> before = brand1.allEvents(5000);
        sim.close();

        sim = PlatformSimulator.start(options().withClock(clock).withSpeed(3600).withStateFile(state));
        SimClient again = client(0);
        JsonNode publications = SimClient.json(again.get("/v1/publications")).get("publications");
        assertThat(publications).hasSize(2);
        assertThat(publications.get(1).get("poll").get("options")).hasSize(2);
        HttpResponse<String> replay = again.send("POST", "/v1/posts", post("Spring light", null), "Idempotency-Key", "k1");
        assertThat(replay.body()).isEqualTo(created.body());
        assertThat(again.allEvents(5000)).startsWith(before.toArray(new JsonNode[0]));
    }

    // --- helpers -------------------------------------------------------------------------------

    static void upload(SimClient c) throws Exception {
        assertThat(c.sendRetrying("PUT", "/v1/items/LAMP-1",
                new ItemPayload("Lune table lamp", 89_000_000L, "EUR", null, null, "in_stock", null, null, null)).statusCode()).isEqualTo(200);
        assertThat(c.sendRetrying("PUT", "/v1/images/" + IMAGE_ID, IMAGE, "image/png").statusCode()).isIn(200, 201);
    }

    static PostPayload createPostPayload(SimClient c) throws Exception {
        upload(c);
        return post("Spring light", null);
    }

    static JsonNode createPost(SimClient c, String key, Instant scheduledAt) throws Exception {
        upload(c);
        HttpResponse<String> r = c.send("POST", "/v1/posts", post("Spring light", scheduledAt), "Idempotency-Key", key);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return SimClient.json(r);
    }

    static PostPayload post(String caption, Instant scheduledAt) {
        return new PostPayload(caption, List.of("home"), "Shop now", List.of(new PostImageRef(IMAGE_ID, Crop.FULL)),
                List.of(new TagPayload("LAMP-1", 0.4, 0.6, 0)), scheduledAt, List.of());
    }

    static PollPayload poll(String question, int hours) {
        return new PollPayload(question, null, List.of(new PollOptionPayload(0, "Lune", "LAMP-1", null),
                new PollOptionPayload(1, "Stripes", null, IMAGE_ID)), hours, List.of(), List.of(), null, List.of());
    }
}
