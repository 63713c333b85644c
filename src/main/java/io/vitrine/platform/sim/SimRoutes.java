package io.vitrine.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.SimTruth;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code /_sim/*}: what tests and demos need besides the API. No token (the server only listens on
 * loopback): {@code GET /_sim/truth} and {@code POST /_sim/publications/{id}/edit}.
 */
final class SimRoutes {
    private final List<BrandState> brands;
    private final Supplier<Instant> simNow;
    private final Runnable afterWrite;

    SimRoutes(List<BrandState> brands, Supplier<Instant> simNow, Runnable afterWrite) {
        this.brands = brands;
        this.simNow = simNow;
        this.afterWrite = afterWrite;
    }

    SimReply handle(SimRequest r) {
        try {
            if (r.matches("GET", "_sim", "truth")) {
                return SimReply.json(200, truth());
            }
            if (r.matches("POST", "_sim", "publications", "*", "edit")) {
                SimReply reply = edit(r.segment(2), r.json(JsonNode.class));
                afterWrite.run();
                return reply;
            }
            throw SimProblem.notFound("Nothing at " + r.path());
        } catch (SimProblem p) {
            return p.reply();
        }
    }

    SimTruth truth() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> conversations = new LinkedHashMap<>();
        for (BrandState brand : brands) {
            synchronized (brand) {
                EventLog log = brand.events(simNow.get());
                counts.put(brand.id(), log.deliveredCounts());
                Map<String, Long> talk = new TreeMap<>(log.conversations().counts());
                talk.putAll(brand.comments().counts());
                conversations.put(brand.id(), talk);
            }
        }
        return new SimTruth(counts, conversations);
    }

    private SimReply edit(String id, JsonNode body) {
        for (BrandState brand : brands) {
            synchronized (brand) {
                if (!brand.has(id)) {
                    continue;
                }
                boolean poll = brand.find(id, PublicationKind.POLL).isPresent();
                String field = poll ? "question" : "caption";
                if (!body.hasNonNull(field)) {
                    throw SimProblem.badRequest("Send {\"" + field + "\": \"...\"} to edit " + id);
                }
                Instant now = simNow.get();
                String text = body.get(field).asText();
                SimPublication edited = brand.editOnPlatform(id, poll ? null : text, poll ? text : null, now);
                return ApiRoutes.published(200, edited, now);
            }
        }
        throw SimProblem.notFound("No publication " + id);
    }
}
