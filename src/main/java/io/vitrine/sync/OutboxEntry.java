package io.vitrine.sync;

import io.vitrine.platform.api.PublicationKind;
import java.time.Instant;

/**
 * A change waiting to reach the platform: create or update one post or poll with {@code body} (the
 * payload JSON as it was when queued), always under the same {@code idempotencyKey}.
 */
public record OutboxEntry(long id, long brandId, PublicationKind kind, long subjectId, Operation operation,
                          String idempotencyKey, String body, String bodyHash, int attempts, Instant nextAttemptAt,
                          String lastError) {

    public enum Operation {
        CREATE, UPDATE;

        String code() {
            return name().toLowerCase();
        }
    }

    /** True once a send has begun: the platform may have it, so the body must not change under this key. */
    public boolean mayHaveLeft() {
        return attempts > 0;
    }
}
