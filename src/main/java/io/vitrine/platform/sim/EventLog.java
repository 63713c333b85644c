package io.vitrine.platform.sim;

import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PlatformEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A brand's append-only event feed and, built with it, its comment feed ({@link Conversations}). Generated
 * lazily, one whole simulated minute at a time and only for minutes that are over, so the log is a pure
 * function of the publications, the brand's replies and the time: minute by minute, publication by
 * publication (in seq order), then what the minute's end decides (questions answered in time or not).
 * An event's id is its position: {@code e_<brand>_<n>}.
 */
final class EventLog {
    private final String brandId;
    private final Audience audience;
    private final Conversations conversations;
    private final List<PlatformEvent> events = new ArrayList<>();
    /** Epoch minutes before this one are generated. */
    private long generatedUntil = Long.MIN_VALUE;
    /** Events before this index have been delivered in a page that was fully sent. */
    private int deliveredEnd;

    EventLog(String brandId, Audience audience, List<BrandReply> replies) {
        this.brandId = brandId;
        this.audience = audience;
        this.conversations = new Conversations(audience.conversationSeed(), replies);
    }

    /**
     * Generates every minute that is over by {@code simNow}. Publications must be in seq order. Rejected ones
     * are left out: they never went live (moderation judges only what is not live yet), so no minute had them.
     */
    void advance(Instant simNow, Collection<SimPublication> all, Function<String, ItemPayload> items) {
        List<SimPublication> publications = all.stream().filter(p -> p.rejection() == null).toList();
        long end = Math.floorDiv(simNow.toEpochMilli(), 60_000);
        long first = publications.stream().mapToLong(p -> Math.floorDiv(p.publishedAt().toEpochMilli(), 60_000))
                .min().orElse(end);
        long quiet = Audience.ACTIVE_MINUTES + Conversations.WAIT.toMinutes() + 1; // the last questions' wait too
        long lastActive = publications.stream()
                .mapToLong(p -> Math.floorDiv(p.publishedAt().toEpochMilli(), 60_000) + quiet)
                .max().orElse(end);
        conversations.catchUpReplies();
        for (long minute = Math.max(generatedUntil, first); minute < Math.min(end, lastActive); minute++) {
            long minuteEnd = (minute + 1) * 60_000;
            for (SimPublication pub : publications) {
                for (Audience.Happening h : audience.minute(pub, minute, items)) {
                    PlatformEvent event = append(h.event());
                    if (h.said() != null) {
                        conversations.commented(pub, event, h.said(), minuteEnd, items, this::append);
                    }
                }
            }
            conversations.minuteOver(minute, items, this::append);
        }
        conversations.catchUpReplies();
        generatedUntil = Math.max(generatedUntil, end);
    }

    private PlatformEvent append(PlatformEvent e) {
        PlatformEvent withId = new PlatformEvent("e_" + brandId + "_" + (events.size() + 1), e.type(), e.occurredAt(),
                e.postId(), e.pollId(), e.option(), e.itemId(), e.amountMicros(), e.currency(), e.text(), e.segment(),
                e.commentId());
        events.add(withId);
        return withId;
    }

    Conversations conversations() {
        return conversations;
    }

    int size() {
        return events.size();
    }

    /** Events {@code [from, from + limit)}; fewer at the end of the log. */
    List<PlatformEvent> slice(int from, int limit) {
        int start = Math.min(from, events.size());
        return List.copyOf(events.subList(start, Math.min(events.size(), start + limit)));
    }

    List<PlatformEvent> all() {
        return List.copyOf(events);
    }

    void delivered(int end) {
        deliveredEnd = Math.max(deliveredEnd, end);
    }

    /** Distinct events per type that the feed has delivered so far (the truth a sync engine must match). */
    Map<String, Long> deliveredCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (PlatformEvent e : events.subList(0, deliveredEnd)) {
            counts.merge(e.type(), 1L, Long::sum);
        }
        return counts;
    }
}
