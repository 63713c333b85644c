-- Conversations, version 61: replies go through the sync outbox like every other change, and comments are pulled
-- by their own cursor.

-- sync_outbox learns a third kind of subject, a reply (subject_id = comment_reply.id), sent once ('send').
-- Running it again (a copy whose migration record was lost) rebuilds the table the same way.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with its rows (a few at most).
CREATE TABLE sync_outbox_v61 (
    id              INTEGER PRIMARY KEY,
    brand_id        INTEGER NOT NULL REFERENCES brand_profile(id) ON DELETE CASCADE,
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll', 'reply')),
    subject_id      INTEGER NOT NULL,
    operation       TEXT NOT NULL CHECK (operation IN ('create', 'update', 'send')),
    idempotency_key TEXT NOT NULL UNIQUE,
    body            TEXT NOT NULL,
    body_hash       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (subject_kind, subject_id)
);
INSERT INTO sync_outbox_v61 SELECT id, brand_id, subject_kind, subject_id, operation, idempotency_key, body, body_hash,
    attempts, next_attempt_at, last_error, created_at FROM sync_outbox;
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_v61 RENAME TO sync_outbox;

-- Where each brand's comment feed has been read to; advanced in the same transaction as the comments it covers.
CREATE TABLE IF NOT EXISTS sync_comment_cursor (
    brand_id   INTEGER PRIMARY KEY REFERENCES brand_profile(id) ON DELETE CASCADE,
    cursor     TEXT,
    updated_at TEXT NOT NULL
);
