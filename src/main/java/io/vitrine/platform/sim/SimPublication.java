package io.vitrine.platform.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.vitrine.common.Json;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.TagPayload;
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
import java.util.Objects;

/**
 * A post or poll as the simulator stores it. Immutable: an edit makes a new version. {@code seq} numbers
 * the brand's publications (it seeds the audience); {@code publishedAt} is when it goes (or went) live,
 * which is never before it was created. Status is derived from simulated time, not stored, except
 * {@code rejection}: moderation's reason when it refused the content, null when it may go live.
 */
record SimPublication(String id, int seq, PublicationKind kind, int version, Instant createdAt,
                      Instant publishedAt, PostPayload post, PollPayload poll, String rejection) {

    static SimPublication post(String id, int seq, PostPayload post, Instant now) {
        return new SimPublication(id, seq, PublicationKind.POST, 1, now, goLive(post.scheduledAt(), now), post, null,
                Moderation.verdict(post, null).orElse(null));
    }

    static SimPublication poll(String id, int seq, PollPayload poll, Instant now) {
        return new SimPublication(id, seq, PublicationKind.POLL, 1, now, goLive(poll.scheduledAt(), now), null, poll,
                Moderation.verdict(null, poll).orElse(null));
    }

    /**
     * A new version with new content. A live one keeps its time and is not reviewed again (what it had is
     * history: its events must not vanish); one not live yet, or rejected, is reviewed and may be rescheduled.
     */
    SimPublication edited(PostPayload newPost, PollPayload newPoll, Instant now) {
        if (liveAt(now)) {
            return new SimPublication(id, seq, kind, version + 1, createdAt, publishedAt, newPost, newPoll, null);
        }
        Instant scheduledAt = newPost != null ? newPost.scheduledAt() : newPoll.scheduledAt();
        return new SimPublication(id, seq, kind, version + 1, createdAt, goLive(scheduledAt, now), newPost, newPoll,
                Moderation.verdict(newPost, newPoll).orElse(null));
    }

    /** Seen by the audience at {@code simNow} (or since closed): not rejected and past its time. */
    boolean liveAt(Instant simNow) {
        return rejection == null && !simNow.isBefore(publishedAt);
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

    /** Its keyword rules, applied by the platform to every audience comment. */
    List<AutomationRule> automations() {
        return isPollKind() ? poll.automations() : post.automations();
    }

    /** The items it shows: a post's tagged items, a poll's option items (each once, in order). */
    List<String> itemIds() {
        return (isPollKind() ? poll.options().stream().map(PollOptionPayload::itemId)
                : post.tags().stream().map(TagPayload::itemId)).filter(Objects::nonNull).distinct().toList();
    }

    PublicationStatus status(Instant simNow) {
        if (rejection != null) {
            return PublicationStatus.REJECTED;
        }
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
        boolean rejected = status == PublicationStatus.REJECTED;
        Instant published = status == PublicationStatus.SCHEDULED || rejected ? null : publishedAt;
        return new Publication(id, kind, status, etag(), scheduledAt, published, rejected ? null : closesAt(), rejection,
                post, poll);
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
