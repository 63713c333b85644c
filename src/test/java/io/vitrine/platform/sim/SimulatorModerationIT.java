package io.vitrine.platform.sim;

import static io.vitrine.platform.sim.PlatformSimulatorIT.START;
import static io.vitrine.platform.sim.PlatformSimulatorIT.poll;
import static io.vitrine.platform.sim.PlatformSimulatorIT.post;
import static io.vitrine.platform.sim.PlatformSimulatorIT.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's moderation over real loopback HTTP: prohibited claims are rejected with a reason and never go live. */
class SimulatorModerationIT {
    static final String HEALTH_CLAIM = "Rejected by moderation: the caption makes a prohibited health claim ('miracle cure').";

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

    @Test
    void aProhibitedClaimIsRejectedWithItsReasonAndNeverReachesTheAudience() throws Exception {
        SimClient brand = start(options());
        JsonNode rejected = create(brand, "/v1/posts", post("Our MIRACLE   cure for dull rooms", null), "k1");
        JsonNode clean = create(brand, "/v1/posts", post("Spring light", null), "k2");
        JsonNode poll = create(brand, "/v1/polls", poll("Which lamp gives guaranteed weight loss?", 48), "k3");

        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("error").asText()).isEqualTo(HEALTH_CLAIM);
        assertThat(rejected.has("published_at")).isFalse();
        assertThat(poll.get("status").asText()).isEqualTo("rejected");
        assertThat(poll.get("error").asText())
                .isEqualTo("Rejected by moderation: the question makes a prohibited health claim ('guaranteed weight loss').");
        assertThat(clean.get("status").asText()).isEqualTo("published");
        assertThat(clean.has("error")).isFalse();

        clock.advance(Duration.ofSeconds(12)); // 12 simulated hours
        JsonNode listed = SimClient.json(brand.get("/v1/publications")).get("publications").get(0);
        assertThat(listed.get("status").asText()).isEqualTo("rejected");
        assertThat(listed.get("error").asText()).isEqualTo(HEALTH_CLAIM);
        List<JsonNode> events = brand.allEvents(5000);
        assertThat(events).isNotEmpty().allMatch(e -> e.path("post_id").asText().equals(clean.get("id").asText()));
        assertThat(SimClient.json(brand.get("/v1/posts/" + rejected.get("id").asText() + "/comments")).get("comments"))
                .isEmpty();
    }

    @Test
    void aRejectedPostEditedCleanGoesLiveFromThenAndTheFeedSurvivesARestart() throws Exception {
        Path state = dir.resolve("sim-state.json");
        SimClient brand = start(options().withStateFile(state));
        create(brand, "/v1/posts", post("Spring light", null), "k1");
        JsonNode rejected = create(brand, "/v1/posts", post("Designer lamps, counterfeit but cheap", null), "k2");
        assertThat(rejected.get("error").asText()).isEqualTo("Rejected by moderation: the caption offers counterfeit goods ('counterfeit').");
        clock.advance(Duration.ofSeconds(2)); // 2 simulated hours

        String id = rejected.get("id").asText();
        HttpResponse<String> fixed = brand.send("PUT", "/v1/posts/" + id, post("Genuine linen", null),
                "If-Match", rejected.get("etag").asText());
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
        JsonNode live = SimClient.json(fixed);
        assertThat(live.get("status").asText()).isEqualTo("published");
        assertThat(live.has("error")).isFalse();
        Instant wentLive = Instant.parse(live.get("published_at").asText());
        assertThat(wentLive).isEqualTo(START.plus(Duration.ofHours(2)));

        clock.advance(Duration.ofSeconds(3));
        List<JsonNode> before = brand.allEvents(5000);
        assertThat(before).filteredOn(e -> e.path("post_id").asText().equals(id)).isNotEmpty()
                .allMatch(e -> !Instant.parse(e.get("occurred_at").asText()).isBefore(wentLive));
        sim.close();

        sim = PlatformSimulator.start(options().withStateFile(state));
        assertThat(client().allEvents(5000)).as("same ids after a restart: the feed is a function of the publications")
                .startsWith(before.toArray(new JsonNode[0]));
    }

    @Test
    void aLivePostCannotTakeOnAProhibitedClaim() throws Exception {
        SimClient brand = start(options());
        JsonNode live = create(brand, "/v1/posts", post("Spring light", null), "k1");
        String id = live.get("id").asText();

        HttpResponse<String> refused = brand.send("PUT", "/v1/posts/" + id, post("Spring light, a miracle cure", null),
                "If-Match", live.get("etag").asText());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(SimClient.json(refused).get("detail").asText())
                .isEqualTo(HEALTH_CLAIM + " The post stays live as it was.");
        JsonNode now = SimClient.json(brand.get("/v1/posts/" + id));
        assertThat(now.get("status").asText()).isEqualTo("published");
        assertThat(now.get("post").get("caption").asText()).isEqualTo("Spring light");
    }

    private SimulatorOptions options() {
        return SimulatorOptions.defaults().withClock(clock).withSpeed(3600);
    }

    private SimClient start(SimulatorOptions options) throws Exception {
        sim = PlatformSimulator.start(options);
        SimClient brand = client();
        upload(brand);
        return brand;
    }

    private SimClient client() {
        return new SimClient(sim.url(), sim.brands().get(0).token());
    }

    private static JsonNode create(SimClient brand, String path, Object payload, String key) throws Exception {
        HttpResponse<String> created = brand.send("POST", path, payload, "Idempotency-Key", key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return SimClient.json(created);
    }
}
