package io.vitrine.platform.api;

import java.time.Instant;

/**
 * A post or poll as the platform holds it: returned by create, update and get, with its current
 * {@code etag} (also in the {@code ETag} header). Exactly one of {@code post}/{@code poll} is set.
 */
public record Publication(String id, PublicationKind kind, PublicationStatus status, String etag,
                          Instant scheduledAt, Instant publishedAt, Instant closesAt, String error,
                          PostPayload post, PollPayload poll) {
}
