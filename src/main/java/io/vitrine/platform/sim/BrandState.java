package io.vitrine.platform.sim;

import io.vitrine.platform.api.BrandInfo;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.PublicationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the platform holds for one brand: items, image ids, publications, the idempotency store
 * and the event log. Not thread-safe by itself: callers hold the brand's monitor
 * ({@code synchronized (brand)}) for a whole request, which also makes a replay check and the write it
 * guards one step.
 */
final class BrandState {
    private final int number;
    private final String token;
    private final Map<String, ItemPayload> items = new LinkedHashMap<>();
    private final Set<String> images = new LinkedHashSet<>();
    private final Map<String, SimPublication> publications = new LinkedHashMap<>();
    private final IdempotencyStore idempotency = new IdempotencyStore();
    private final BrandComments comments;
    private final EventLog events;
    private int lastSeq;
    /** The last events page served: [from, to), so a fault can serve it again. */
    private int[] lastPage = {0, 0};

    BrandState(int number, String token, Audience audience) {
        this.number = number;
        this.token = token;
        this.comments = new BrandComments(number);
        this.events = new EventLog(id(), audience, comments.replies());
    }

    String id() {
        return BrandNames.id(number);
    }

    String name() {
        return BrandNames.name(number);
    }

    String token() {
        return token;
    }

    BrandInfo info() {
        return new BrandInfo(id(), name(), BrandNames.handle(name()));
    }

    /** @return true when the item is new */
    boolean putItem(String itemId, ItemPayload item) {
        return items.put(itemId, item) == null;
    }

    ItemPayload item(String itemId) {
        return items.get(itemId);
    }

    /** @return true when the image is new */
    boolean putImage(String sha256) {
        return images.add(sha256);
    }

    SimPublication createPost(PostPayload post, Instant now) {
        PayloadCheck.post(post, items::containsKey, images::contains);
        int seq = ++lastSeq;
        return store(SimPublication.post("post_" + number + "_" + seq, seq, post, now));
    }

    SimPublication createPoll(PollPayload poll, Instant now) {
        PayloadCheck.poll(poll, items::containsKey, images::contains);
        int seq = ++lastSeq;
        return store(SimPublication.poll("poll_" + number + "_" + seq, seq, poll, now));
    }

    /** A new version, if {@code ifMatch} names the current one (or is "*"). */
    SimPublication update(String id, PublicationKind kind, PostPayload post, PollPayload poll, String ifMatch,
                          Instant now) {
        SimPublication current = find(id, kind).orElseThrow(() -> SimProblem.notFound("No " + kindName(kind) + " " + id));
        if (!Etags.matches(ifMatch, current.etag())) {
            throw new SimProblem(412, "Precondition Failed", "The " + kindName(kind) + " changed since you read it",
                    Map.of("current_etag", current.etag()));
        }
        if (post != null) {
            PayloadCheck.post(post, items::containsKey, images::contains);
        } else {
            PayloadCheck.poll(poll, items::containsKey, images::contains);
        }
        if (current.liveAt(now)) {
            // Moderation reviews what is not live yet; a live one simply may not take on a prohibited claim.
            Moderation.verdict(post, poll).ifPresent(reason -> {
                throw SimProblem.unprocessable(reason + " The " + kindName(kind) + " stays live as it was.");
            });
        }
        return store(current.edited(post, poll, now));
    }

    /** A change made on the platform's side (as if on the web): same content otherwise, new etag. */
    SimPublication editOnPlatform(String id, String caption, String question, Instant now) {
        SimPublication current = publications.get(id);
        if (current.isPollKind()) {
            PollPayload p = current.poll();
            return store(current.edited(null, new PollPayload(question, p.imageId(), p.options(), p.durationHours(),
                    p.targetInterests(), p.targetRegions(), p.scheduledAt(), p.automations()), now));
        }
        PostPayload p = current.post();
        return store(current.edited(new PostPayload(caption, p.interests(), p.callToAction(), p.images(), p.tags(),
                p.scheduledAt(), p.automations()), null, now));
    }

    Optional<SimPublication> find(String id, PublicationKind kind) {
        return Optional.ofNullable(publications.get(id)).filter(p -> p.kind() == kind);
    }

    boolean has(String id) {
        return publications.containsKey(id);
    }

    List<SimPublication> publications() {
        return new ArrayList<>(publications.values());
    }

    IdempotencyStore idempotency() {
        return idempotency;
    }

    /** The brand's replies and hidden comments, with the platform's rules for them. */
    BrandComments comments() {
        return comments;
    }

    /** The event log, generated up to {@code simNow}. */
    EventLog events(Instant simNow) {
        events.advance(simNow, publications.values(), items::get);
        return events;
    }

    int[] lastPage() {
        return lastPage.clone();
    }

    void lastPage(int from, int to) {
        lastPage = new int[] {from, to};
    }

    Snapshot snapshot() {
        return new Snapshot(id(), lastSeq, Map.copyOf(items), List.copyOf(images), publications(), idempotency.snapshot(),
                comments.snapshot());
    }

    void restore(Snapshot saved) {
        lastSeq = saved.lastSeq();
        items.putAll(saved.items());
        images.addAll(saved.images());
        saved.publications().forEach(this::store);
        idempotency.restore(saved.idempotency());
        comments.restore(saved.conversations());
    }

    private SimPublication store(SimPublication publication) {
        publications.put(publication.id(), publication);
        return publication;
    }

    private static String kindName(PublicationKind kind) {
        return kind == PublicationKind.POLL ? "poll" : "post";
    }

    /**
     * What a state file keeps of a brand (no image bytes, no events or audience comments: those are regenerated;
     * the brand's own replies are kept, each with its place in the comment feed).
     */
    record Snapshot(String id, int lastSeq, Map<String, ItemPayload> items, List<String> images,
                    List<SimPublication> publications, Map<String, IdempotencyStore.Entry> idempotency,
                    BrandComments.State conversations) {
    }
}
