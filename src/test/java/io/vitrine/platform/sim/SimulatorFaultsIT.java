package io.vitrine.platform.sim;

import static io.vitrine.platform.sim.PlatformSimulatorIT.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Heavy faults as a sync engine meets them: errors, 429s, cut connections, repeated events — and nothing lost or doubled. */
class SimulatorFaultsIT {

    @Test
    void heavyFaultsFailSomeRequestsInEveryWay() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withFaults(Faults.HEAVY))) {
            SimClient client = new SimClient(sim.url(), sim.brands().get(0).token());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        HttpResponse<String> r = client.get("/v1/brand");
                        return r.statusCode() == 429 ? "429 retry-after " + r.headers().firstValue("Retry-After").orElse("")
                                : r.statusCode();
                    } catch (IOException e) {
                        return "dropped";
                    }
                }));
            }
            List<Object> seen = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                seen.add(outcome.get());
            }
            pool.shutdown();
            assertThat(seen).contains(200, 500, 503, "429 retry-after 1", "dropped");
            assertThat(seen.stream().filter(o -> o.equals(200)).count()).isGreaterThan(100);
        }
    }

    @Test
    void retriedWritesWithTheirKeyNeverPostTwice() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withFaults(Faults.HEAVY))) {
            SimClient client = new SimClient(sim.url(), sim.brands().get(0).token());
            PlatformSimulatorIT.upload(client);
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < 12; i++) {
                HttpResponse<String> r = client.sendRetrying("POST", "/v1/posts",
                        PlatformSimulatorIT.post("Post " + i, null), "Idempotency-Key", "key-" + i);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                ids.add(SimClient.json(r).get("id").asText());
            }
            JsonNode list = SimClient.json(client.sendRetrying("GET", "/v1/publications", null));
            assertThat(ids).hasSize(12);
            assertThat(list.get("publications")).hasSize(12);
        }
    }

    @Test
    void repeatedAndDuplicatedEventsAreTheSameEvents() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (PlatformSimulator sim = PlatformSimulator.start(SimulatorOptions.defaults().withFaults(Faults.HEAVY)
                .withClock(clock).withSpeed(3600))) {
            SimClient client = new SimClient(sim.url(), sim.brands().get(0).token());
            PlatformSimulatorIT.upload(client);
            client.sendRetrying("POST", "/v1/posts", PlatformSimulatorIT.post("Spring", null), "Idempotency-Key", "k");
            clock.advance(Duration.ofSeconds(6));

            List<JsonNode> raw = client.allEvents(30);
            Set<String> distinct = new LinkedHashSet<>();
            raw.forEach(e -> distinct.add(e.get("id").asText()));
            assertThat(raw.size()).isGreaterThan(distinct.size());
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= distinct.size(); i++) {
                expected.add("e_b_1_" + i);
            }
            assertThat(distinct).containsExactlyInAnyOrderElementsOf(expected);
            long truth = sim.truth().brands().get("b_1").values().stream().mapToLong(Long::longValue).sum();
            assertThat(truth).isEqualTo(distinct.size());
        }
    }
}
