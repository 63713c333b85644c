package io.vitrine.platform.api;

import java.util.List;

/**
 * {@code GET /v1/events?cursor=C&limit=N}: the next events after {@code cursor} (opaque; absent =
 * from the start). Store the events and {@code nextCursor} together; {@code hasMore} says whether to
 * ask again now.
 */
public record EventPage(List<PlatformEvent> events, String nextCursor, boolean hasMore) {
    public EventPage {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
