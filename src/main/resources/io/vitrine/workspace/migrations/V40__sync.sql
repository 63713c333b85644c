-- Sync with the platform: the outbox of local changes, what was pushed, the event cursor, conflicts and runs.
-- Tokens are never stored here: they live in the user's config folder (see io.vitrine.sync.TokenStore).

-- One pending change per post or poll. The idempotency key is fixed when the entry is made and
-- reused on every retry, so a create the platform applied but whose answer was lost is never made twice.
-- attempts counts sends begun: an entry with attempts = 0 has never left the studio and may be rewritten.
CREATE TABLE sync_outbox (
    id              INTEGER PRIMARY KEY,
    brand_id        INTEGER NOT NULL REFERENCES brand_profile(id) ON DELETE CASCADE,
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id      INTEGER NOT NULL,
    operation       TEXT NOT NULL CHECK (operation IN ('create', 'update')),
    idempotency_key TEXT NOT NULL UNIQUE,
    body            TEXT NOT NULL,
    body_hash       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (subject_kind, subject_id)
);

-- The hash of the body the platform last accepted for each post/poll: a different current body means a change to push.
CREATE TABLE sync_pushed (
    subject_kind TEXT NOT NULL,
    subject_id   INTEGER NOT NULL,
    body_hash    TEXT NOT NULL,
    pushed_at    TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id)
) WITHOUT ROWID;

-- Images and catalog items the platform already has, per brand (so each is uploaded once).
CREATE TABLE sync_asset (
    brand_id   INTEGER NOT NULL,
    asset_kind TEXT NOT NULL CHECK (asset_kind IN ('image', 'item')),
    asset_key  TEXT NOT NULL,
    body_hash  TEXT NOT NULL,
    PRIMARY KEY (brand_id, asset_kind, asset_key)
) WITHOUT ROWID;

-- Where each brand's event feed has been read to; advanced in the same transaction as the events it covers.
CREATE TABLE sync_cursor (
    brand_id   INTEGER PRIMARY KEY REFERENCES brand_profile(id) ON DELETE CASCADE,
    cursor     TEXT,
    updated_at TEXT NOT NULL
);

-- A change the platform refused because the publication changed there since our last sync (412).
-- Kept until the person chooses: keep mine (push over it) or take theirs.
CREATE TABLE sync_conflict (
    subject_kind TEXT NOT NULL,
    subject_id   INTEGER NOT NULL,
    remote_etag  TEXT NOT NULL,
    remote_body  TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id)
);

-- Events for publications this workspace does not know (yet): kept so nothing is lost.
CREATE TABLE sync_unmatched_event (
    event_id    TEXT PRIMARY KEY,
    brand_id    INTEGER NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- One row per sync round, for the status bar and the Sync screen.
CREATE TABLE sync_run (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    pushed      INTEGER NOT NULL DEFAULT 0,
    pulled      INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    conflicts   INTEGER NOT NULL DEFAULT 0,
    errors      TEXT NOT NULL DEFAULT '[]',
    ok          INTEGER NOT NULL DEFAULT 0
);
