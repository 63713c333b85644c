package io.vitrine.sync;

import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox, what the platform last accepted for each subject, and the assets it already holds. */
final class OutboxRepository {
    private static final String COLUMNS = "id, brand_id, subject_kind, subject_id, operation, idempotency_key, body,"
            + " body_hash, attempts, next_attempt_at, last_error";

    private final Database database;

    OutboxRepository(Database database) {
        this.database = database;
    }

    Optional<OutboxEntry> forSubject(Sql sql, PublicationKind kind, long subjectId) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM sync_outbox WHERE subject_kind = ? AND subject_id = ?",
                OutboxRepository::entry, Subjects.code(kind), subjectId);
    }

    /** Post and poll entries of a brand due now, oldest first (posts before polls only by age); replies: {@link ReplyOutboxRepository}. */
    List<OutboxEntry> due(long brandId, Instant now) {
        return database.read(sql -> sql.list("SELECT " + COLUMNS + " FROM sync_outbox WHERE brand_id = ?"
                + " AND subject_kind IN ('post', 'poll') AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id",
                OutboxRepository::entry, brandId, now.toString()));
    }

    /** Changes waiting: post and poll entries, and every reply not sent yet (in the outbox or about to be). */
    long pendingCount() {
        return database.read(sql -> sql.scalar("SELECT (SELECT count(*) FROM sync_outbox WHERE subject_kind <> 'reply')"
                + " + (SELECT count(*) FROM comment_reply WHERE state = 'queued')"));
    }

    void enqueue(Sql sql, long brandId, PublicationKind kind, long subjectId, OutboxEntry.Operation operation,
                 String body, String hash, Instant now) throws SQLException {
        sql.update("INSERT INTO sync_outbox(brand_id, subject_kind, subject_id, operation, idempotency_key, body,"
                        + " body_hash, created_at) VALUES (?,?,?,?,?,?,?,?)", brandId, Subjects.code(kind), subjectId,
                operation.code(), UUID.randomUUID().toString(), body, hash, now.toString());
    }

    /** Rewrites an entry that has never been sent, keeping its key. */
    void rewrite(Sql sql, long id, String body, String hash) throws SQLException {
        sql.update("UPDATE sync_outbox SET body = ?, body_hash = ? WHERE id = ? AND attempts = 0", body, hash, id);
    }

    /** Committed before the request goes out, so a crash mid-send leaves the entry marked as possibly sent. */
    void beginAttempt(long id) {
        database.write(sql -> sql.update("UPDATE sync_outbox SET attempts = attempts + 1 WHERE id = ?", id));
    }

    void defer(long id, Instant nextAttempt, String error) {
        database.write(sql -> sql.update("UPDATE sync_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?",
                nextAttempt.toString(), error, id));
    }

    void remove(Sql sql, long id) throws SQLException {
        sql.update("DELETE FROM sync_outbox WHERE id = ?", id);
    }

    Optional<String> pushedHash(Sql sql, PublicationKind kind, long subjectId) throws SQLException {
        return sql.text("SELECT body_hash FROM sync_pushed WHERE subject_kind = ? AND subject_id = ?",
                Subjects.code(kind), subjectId);
    }

    void markPushed(Sql sql, PublicationKind kind, long subjectId, String hash, Instant now) throws SQLException {
        sql.update("INSERT INTO sync_pushed(subject_kind, subject_id, body_hash, pushed_at) VALUES (?,?,?,?)"
                        + " ON CONFLICT DO UPDATE SET body_hash = excluded.body_hash, pushed_at = excluded.pushed_at",
                Subjects.code(kind), subjectId, hash, now.toString());
    }

    /** Forgets what the platform last accepted, so the next round sends the subject as it is now. */
    void forgetPushed(Sql sql, PublicationKind kind, long subjectId) throws SQLException {
        sql.update("DELETE FROM sync_pushed WHERE subject_kind = ? AND subject_id = ?", Subjects.code(kind), subjectId);
    }

    boolean hasAsset(long brandId, String assetKind, String key, String hash) {
        return database.read(sql -> sql.scalar("SELECT count(*) FROM sync_asset WHERE brand_id = ? AND asset_kind = ?"
                + " AND asset_key = ? AND body_hash = ?", brandId, assetKind, key, hash)) > 0;
    }

    void markAsset(long brandId, String assetKind, String key, String hash) {
        database.write(sql -> sql.update("INSERT INTO sync_asset(brand_id, asset_kind, asset_key, body_hash)"
                + " VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET body_hash = excluded.body_hash", brandId, assetKind, key, hash));
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        String next = row.getString("next_attempt_at");
        return new OutboxEntry(row.getLong("id"), row.getLong("brand_id"), Subjects.kind(row.getString("subject_kind")),
                row.getLong("subject_id"), OutboxEntry.Operation.valueOf(row.getString("operation").toUpperCase()),
                row.getString("idempotency_key"), row.getString("body"), row.getString("body_hash"),
                row.getInt("attempts"), next == null ? null : Instant.parse(next), row.getString("last_error"));
    }
}
