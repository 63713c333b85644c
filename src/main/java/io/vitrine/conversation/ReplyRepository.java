package io.vitrine.conversation;

import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Replies written in the studio and their way out: queued with an idempotency key fixed at once; the sync engine
 * sends them and records, in the transaction that clears its outbox entry, sent (with the platform's id) or failed
 * (with why). A failed reply can be queued again, under a new key (the platform kept nothing of the refusal).
 */
public final class ReplyRepository {
    private final Database database;
    private final CommentRepository comments;

    public ReplyRepository(Database database, CommentRepository comments) {
        this.database = database;
        this.comments = comments;
    }

    OutgoingReply queue(String commentId, long brandId, String text, boolean isPrivate, boolean fromDraft, Instant now) {
        return database.write(sql -> {
            long id = sql.insert("INSERT INTO comment_reply (comment_id, brand_id, text, is_private, from_draft,"
                    + " idempotency_key, state, created_at) VALUES (?,?,?,?,?,?,'queued',?)", commentId, brandId, text,
                    isPrivate, fromDraft, UUID.randomUUID().toString(), now);
            return find(sql, id).orElseThrow();
        });
    }

    /** Queues a refused reply again with a new key. */
    OutgoingReply requeue(long id) {
        return database.write(sql -> {
            sql.update("UPDATE comment_reply SET state = 'queued', error = NULL, idempotency_key = ? WHERE id = ?"
                    + " AND state = 'failed'", UUID.randomUUID().toString(), id);
            return find(sql, id).orElseThrow();
        });
    }

    public Optional<OutgoingReply> find(long id) {
        return database.read(sql -> find(sql, id));
    }

    private static Optional<OutgoingReply> find(Sql sql, long id) throws SQLException {
        return sql.one("SELECT " + CommentRows.REPLY_COLUMNS + " FROM comment_reply r WHERE r.id = ?", CommentRows::reply, id);
    }

    /** A brand's replies waiting to go out, oldest first. */
    public List<OutgoingReply> queued(long brandId) {
        return database.read(sql -> sql.list("SELECT " + CommentRows.REPLY_COLUMNS + " FROM comment_reply r"
                + " WHERE r.brand_id = ? AND r.state = 'queued' ORDER BY r.id", CommentRows::reply, brandId));
    }

    public long queuedCount() {
        return database.read(sql -> sql.scalar("SELECT count(*) FROM comment_reply WHERE state = 'queued'"));
    }

    /** On the platform as {@code reply} (stored in the thread too): one step with the caller's outbox removal. */
    public void sent(Sql sql, long id, Comment reply, Instant now) throws SQLException {
        sql.update("UPDATE comment_reply SET state = 'sent', error = NULL, platform_id = ?, sent_at = ? WHERE id = ?",
                reply.id(), now, id);
        comments.store(sql, reply, null);
    }

    public void failed(Sql sql, long id, String error) throws SQLException {
        sql.update("UPDATE comment_reply SET state = 'failed', error = ? WHERE id = ?", error, id);
    }

    /** Replies written for the comments of these threads, by thread, oldest first. */
    Map<String, List<OutgoingReply>> forThreads(Sql sql, List<String> threadIds) throws SQLException {
        Map<String, List<OutgoingReply>> byThread = new HashMap<>();
        if (threadIds.isEmpty()) {
            return byThread;
        }
        String marks = String.join(",", Collections.nCopies(threadIds.size(), "?"));
        sql.forEach("SELECT " + CommentRows.REPLY_COLUMNS + ", c.thread_id FROM comment_reply r"
                + " JOIN comment c ON c.id = r.comment_id WHERE c.thread_id IN (" + marks + ") ORDER BY r.id",
                row -> byThread.computeIfAbsent(row.getString("thread_id"), t -> new ArrayList<>()).add(CommentRows.reply(row)),
                threadIds.toArray());
        return byThread;
    }
}
