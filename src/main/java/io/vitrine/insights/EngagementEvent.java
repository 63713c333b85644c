package io.vitrine.insights;

import java.time.Instant;
import java.util.Objects;

/**
 * One audience event, keyed by the platform's event id. Exactly one of {@code postId}/{@code pollId}
 * is set (local ids). Votes and poll impressions carry {@code optionPosition} (0-based); product
 * clicks, add-to-carts and purchases carry {@code itemId}; purchases carry an amount.
 */
public record EngagementEvent(String eventId, EventType type, Instant occurredAt, Long postId, Long pollId,
                              Integer optionPosition, String itemId, Long amountMicros, String currency,
                              String commentText, Segment segment) {
    public EngagementEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((postId == null) == (pollId == null)) {
            throw new IllegalArgumentException("Event " + eventId + " must belong to exactly one post or poll");
        }
        segment = segment == null ? Segment.UNKNOWN : segment;
    }
}
