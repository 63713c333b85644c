package io.vitrine.conversation;

import java.time.Instant;

/**
 * A reply written in the studio. Its idempotency key is fixed when it is written, before anything is sent, so
 * however often the sync engine retries (or is killed mid-send), the platform makes it once. {@code platformId}
 * is the reply's comment id on the platform once sent; {@code error} says why the platform refused it.
 */
public record OutgoingReply(long id, String commentId, long brandId, String text, boolean isPrivate, boolean fromDraft,
                            String idempotencyKey, ReplyState state, String error, String platformId,
                            Instant createdAt, Instant sentAt) {
}
