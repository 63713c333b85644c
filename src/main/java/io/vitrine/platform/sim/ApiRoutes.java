package io.vitrine.platform.sim;

import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationList;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The {@code /v1} routes of one authenticated brand. The caller holds the brand's monitor. */
final class ApiRoutes {
    static final int MAX_IMAGE_BYTES = 20 * 1024 * 1024;
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Supplier<Instant> simNow;
    private final EventFeed feed;
    private final CommentRoutes comments;

    ApiRoutes(Supplier<Instant> simNow, FaultPlan faults, int privateRepliesPerHour, double speed) {
        this.simNow = simNow;
        this.feed = new EventFeed(faults);
        this.comments = new CommentRoutes(feed, faults, privateRepliesPerHour, speed);
    }

    SimReply handle(BrandState brand, SimRequest r) {
        Instant now = simNow.get();
        if (r.matches("GET", "v1", "brand")) {
            return SimReply.json(200, brand.info());
        }
        if (r.matches("GET", "v1", "brands", "*")) {
            if (!r.segment(2).equals(brand.id())) {
                throw new SimProblem(403, "Forbidden", "This token belongs to another brand");
            }
            return SimReply.json(200, brand.info());
        }
        if (r.matches("PUT", "v1", "items", "*")) {
            brand.putItem(r.segment(2), r.json(ItemPayload.class));
            return SimReply.json(200, Map.of("id", r.segment(2)));
        }
        if (r.matches("PUT", "v1", "images", "*")) {
            return putImage(brand, r);
        }
        if (r.matches("GET", "v1", "publications")) {
            return SimReply.json(200, new PublicationList(brand.publications().stream()
                    .map(p -> p.toPublication(now)).toList()));
        }
        if (r.matches("GET", "v1", "events")) {
            return feed.page(brand, r, now);
        }
        SimReply comment = comments.handle(brand, r, now);
        if (comment != null) {
            return comment;
        }
        PublicationKind kind = r.segment(1).equals("posts") ? PublicationKind.POST
                : r.segment(1).equals("polls") ? PublicationKind.POLL : null;
        if (kind == null || r.segments().size() > 3) {
            throw notFound(r);
        }
        return publication(brand, kind, r, now);
    }

    private SimReply publication(BrandState brand, PublicationKind kind, SimRequest r, Instant now) {
        String collection = r.segment(1);
        if (r.matches("GET", "v1", collection, "*")) {
            return published(200, brand.find(r.segment(2), kind).orElseThrow(() -> notFound(r)), now);
        }
        if (r.matches("POST", "v1", collection)) {
            String key = r.header("Idempotency-Key");
            if (key == null || key.isBlank()) {
                throw SimProblem.badRequest("POST needs an Idempotency-Key header");
            }
            return idempotent(brand, key, r, () -> {
                SimPublication created = kind == PublicationKind.POST ? brand.createPost(r.json(PostPayload.class), now)
                        : brand.createPoll(r.json(PollPayload.class), now);
                return published(201, created, now).withHeader("Location", "/v1/" + collection + "/" + created.id());
            });
        }
        if (r.matches("PUT", "v1", collection, "*")) {
            String ifMatch = r.header("If-Match");
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new SimProblem(428, "Precondition Required", "PUT needs an If-Match header with the etag you read");
            }
            brand.find(r.segment(2), kind).orElseThrow(() -> notFound(r));
            return idempotent(brand, r.header("Idempotency-Key"), r, () -> {
                PostPayload post = kind == PublicationKind.POST ? r.json(PostPayload.class) : null;
                PollPayload poll = kind == PublicationKind.POLL ? r.json(PollPayload.class) : null;
                return published(200, brand.update(r.segment(2), kind, post, poll, ifMatch, now), now);
            });
        }
        if (r.segments().size() <= 3 && Set.of("GET", "POST", "PUT").contains(r.method())) {
            throw notFound(r);
        }
        throw new SimProblem(405, "Method Not Allowed", r.method() + " is not supported on " + r.path());
    }

    /** Replays the stored reply of {@code key}, or runs {@code write} and stores its reply (only successes). */
    static SimReply idempotent(BrandState brand, String key, SimRequest r, Supplier<SimReply> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        String fingerprint = r.fingerprint();
        return brand.idempotency().replay(key, fingerprint).orElseGet(() -> {
            SimReply reply = write.get();
            brand.idempotency().store(key, fingerprint, reply);
            return reply;
        });
    }

    static SimReply published(int status, SimPublication publication, Instant now) {
        return SimReply.json(status, publication.toPublication(now)).withHeader("ETag", Etags.header(publication.etag()));
    }

    private static SimReply putImage(BrandState brand, SimRequest r) {
        String sha = r.segment(2);
        if (!SHA256.matcher(sha).matches()) {
            throw SimProblem.badRequest("The image id is the lower-case hex SHA-256 of its bytes");
        }
        String type = r.header("Content-Type") == null ? "" : r.header("Content-Type").split(";")[0].strip();
        if (!IMAGE_TYPES.contains(type)) {
            throw new SimProblem(415, "Unsupported Media Type", "Send image/jpeg, image/png or image/webp, not '" + type + "'");
        }
        if (!SimPublication.sha256Hex(r.body()).equals(sha)) {
            throw SimProblem.unprocessable("The SHA-256 of the bytes is not " + sha);
        }
        return SimReply.json(brand.putImage(sha) ? 201 : 200, Map.of("id", sha));
    }

    private static SimProblem notFound(SimRequest r) {
        return SimProblem.notFound("Nothing at " + r.path());
    }
}
