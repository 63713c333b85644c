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
 * A brand's append-only event feed. Generated lazily, one whole simulated minute at a time and only
 * for minutes that are over, so the log is a pure function of the publications and the time: minute by
 * minute, publication by publication (in seq order). An event's id is its position: {@code e_<brand>_<n>}.
 */
final class EventLog {
    private final String brandId;
    private final Audience audience;
    private final List<PlatformEvent> events = new ArrayList<>();
    /** Epoch minutes before this one are generated. */
    private long generatedUntil = Long.MIN_VALUE;
    /** Events before this index have been delivered in a page that was fully sent. */
    private int deliveredEnd;

    EventLog(String brandId, Audience audience) {
        this.brandId = brandId;
        this.audience = audience;
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
        long lastActive = publications.stream()
                .mapToLong(p -> Math.floorDiv(p.publishedAt().toEpochMilli(), 60_000) + Audience.ACTIVE_MINUTES + 1)
                .max().orElse(end);
        for (long minute = Math.max(generatedUntil, first); minute < Math.min(end, lastActive); minute++) {
            for (SimPublication pub : publications) {
                for (PlatformEvent e : audience.minute(pub, minute, items)) {
                    events.add(withId(e, "e_" + brandId + "_" + (events.size() + 1)));
                }
            }
        }
        generatedUntil = Math.max(generatedUntil, end);
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

    private static PlatformEvent withId(PlatformEvent e, String id) {
        return new PlatformEvent(id, e.type(), e.occurredAt(), e.postId(), e.pollId(), e.option(), e.itemId(),
                e.amountMicros(), e.currency(), e.text(), e.segment());
    }
}
