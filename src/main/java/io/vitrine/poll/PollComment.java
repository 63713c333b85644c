package io.vitrine.poll;

import io.vitrine.insights.Segment;
import java.time.Instant;

/** Something a voter wrote on the poll. */
public record PollComment(String eventId, Instant occurredAt, String text, Segment segment) {
}
