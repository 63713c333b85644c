package io.vitrine.platform.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.vitrine.common.Json;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A post or poll as the simulator stores it. Immutable: an edit makes a new version. {@code seq} numbers
 * the brand's publications (it seeds the audience); {@code publishedAt} is when it goes (or went) live,
 * which is never before it was created. Status is derived from simulated time, not stored.
 */
record SimPublication(String id, int seq, PublicationKind kind, int version, Instant createdAt,
                      Instant publishedAt, PostPayload post, PollPayload poll) {

    static SimPublication post(String id, int seq, PostPayload post, Instant now) {
        return new SimPublication(id, seq, PublicationKind.POST, 1, now, goLive(post.scheduledAt(), now), post, null);
    }

    static SimPublication poll(String id, int seq, PollPayload poll, Instant now) {
        return new SimPublication(id, seq, PublicationKind.POLL, 1, now, goLive(poll.scheduledAt(), now), null, poll);
    }

    /** A new version with new content; a publication not yet live may be rescheduled, a live one keeps its time. */
    SimPublication edited(PostPayload newPost, PollPayload newPoll, Instant now) {
        Instant scheduledAt = newPost != null ? newPost.scheduledAt() : newPoll.scheduledAt();
        Instant live = now.isBefore(publishedAt) ? goLive(scheduledAt, now) : publishedAt;
        return new SimPublication(id, seq, kind, version + 1, createdAt, live, newPost, newPoll);
    }

    @JsonIgnore
    boolean isPollKind() {
        return kind == PublicationKind.POLL;
    }

    /** When a poll stops taking votes; null for posts. */
    Instant closesAt() {
        return isPollKind() ? publishedAt.plus(Duration.ofHours(poll.durationHours())) : null;
    }

    List<String> interests() {
        return isPollKind() ? poll.targetInterests() : post.interests();
    }

    PublicationStatus status(Instant simNow) {
        if (simNow.isBefore(publishedAt)) {
            return PublicationStatus.SCHEDULED;
        }
        return isPollKind() && !simNow.isBefore(closesAt()) ? PublicationStatus.CLOSED : PublicationStatus.PUBLISHED;
    }

    /** Opaque and changes with every version; sent bare in the body and quoted in the ETag header. */
    String etag() {
        return version + "-" + sha256Hex(id + "\n" + version + "\n" + Json.write(isPollKind() ? poll : post)).substring(0, 12);
    }

    Publication toPublication(Instant simNow) {
        PublicationStatus status = status(simNow);
        Instant scheduledAt = isPollKind() ? poll.scheduledAt() : post.scheduledAt();
        Instant published = status == PublicationStatus.SCHEDULED ? null : publishedAt;
        return new Publication(id, kind, status, etag(), scheduledAt, published, closesAt(), null, post, poll);
    }

    private static Instant goLive(Instant scheduledAt, Instant now) {
        return scheduledAt == null || scheduledAt.isBefore(now) ? now : scheduledAt;
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
