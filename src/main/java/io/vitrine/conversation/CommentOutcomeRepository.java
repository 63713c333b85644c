package io.vitrine.conversation;

import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Carts and purchases the platform attributes to a comment, stored by event id with the events themselves (the
 * sync engine calls this in the transaction of the events page), so one delivered twice counts once.
 */
public final class CommentOutcomeRepository {
    /** One cart or purchase that followed from comment {@code commentId}. */
    public record Outcome(String eventId, String commentId, String type, String itemId, Long amountMicros, String currency,
                          Instant occurredAt) {
    }

    public void store(Sql sql, Outcome o) throws SQLException {
        if (!"add_to_cart".equals(o.type()) && !"purchase".equals(o.type())) {
            return;
        }
        sql.update("INSERT OR IGNORE INTO comment_outcome (event_id, comment_id, type, item_id, amount_micros, currency,"
                + " occurred_at) VALUES (?,?,?,?,?,?,?)", o.eventId(), o.commentId(), o.type(), o.itemId(), o.amountMicros(),
                o.currency(), o.occurredAt());
    }
}
