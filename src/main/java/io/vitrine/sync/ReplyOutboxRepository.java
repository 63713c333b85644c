package io.vitrine.sync;

import io.vitrine.common.Hashes;
import io.vitrine.common.Json;
import io.vitrine.conversation.OutgoingReply;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Replies in the sync outbox ({@code subject_kind = 'reply'}): entered with the key the reply got when it was
 * written, sent once ({@code operation = 'send'}); like any entry, a send begun is committed before it leaves.
 */
final class ReplyOutboxRepository {
    /** What is sent: the comment answered, the text, public or private. */
    record Body(String commentId, String text, boolean isPrivate) {
    }

    /** One reply waiting in the outbox. */
    record Entry(long id, long replyId, String idempotencyKey, Body body, int attempts) {
    }

    private final Database database;

    ReplyOutboxRepository(Database database) {
        this.database = database;
    }

    /** Puts each queued reply that is not in the outbox yet into it (a crash between writing and here loses none). */
    void enter(List<OutgoingReply> queued, Instant now) {
        if (queued.isEmpty()) {
            return;
        }
        database.write(sql -> {
            for (OutgoingReply reply : queued) {
                String body = Json.write(new Body(reply.commentId(), reply.text(), reply.isPrivate()));
                sql.update("INSERT OR IGNORE INTO sync_outbox (brand_id, subject_kind, subject_id, operation, idempotency_key,"
                        + " body, body_hash, created_at) VALUES (?, 'reply', ?, 'send', ?, ?, ?, ?)", reply.brandId(), reply.id(),
                        reply.idempotencyKey(), body, Hashes.sha256(body), now);
            }
            return null;
        });
    }

    /** A brand's replies due now, oldest first. */
    List<Entry> due(long brandId, Instant now) {
        return database.read(sql -> sql.list("SELECT id, subject_id, idempotency_key, body, attempts FROM sync_outbox"
                + " WHERE brand_id = ? AND subject_kind = 'reply' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " ORDER BY id", row -> new Entry(row.getLong("id"), row.getLong("subject_id"), row.getString("idempotency_key"),
                Json.read(row.getString("body"), Body.class), row.getInt("attempts")), brandId, now.toString()));
    }

    void remove(Sql sql, long id) throws SQLException {
        sql.update("DELETE FROM sync_outbox WHERE id = ?", id);
    }
}
