-- Vitrine workspace, version 1: the core schema every feature builds on.
-- Conventions: timestamps are ISO-8601 UTC text ('2026-11-22T10:15:30Z'); money is integer micros
-- (millionths of the currency unit) with an ISO 4217 code; JSON arrays are text.

CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A brand's account on the platform. Tokens are never stored here (see the sync feature).
CREATE TABLE brand_profile (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    handle            TEXT NOT NULL UNIQUE,
    platform_brand_id TEXT,
    platform_url      TEXT,
    time_zone         TEXT NOT NULL DEFAULT 'UTC',
    created_at        TEXT NOT NULL
);

-- ---------------------------------------------------------------- catalog
-- Where items come from: one row per imported feed (file path + format + saved column mapping).
CREATE TABLE catalog_source (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    format      TEXT NOT NULL,
    location    TEXT,
    mapping     TEXT,
    created_at  TEXT NOT NULL
);

-- One row per catalog item: an offer id / SKU / Shopify variant. Removed items stay (removed = 1)
-- so tags that point at them can be shown and fixed.
CREATE TABLE catalog_item (
    id                TEXT PRIMARY KEY,
    source_id         INTEGER REFERENCES catalog_source(id) ON DELETE SET NULL,
    item_group_id     TEXT,
    title             TEXT NOT NULL,
    description       TEXT,
    brand             TEXT,
    gtin              TEXT,
    mpn               TEXT,
    price_micros      INTEGER NOT NULL CHECK (price_micros >= 0),
    currency          TEXT NOT NULL,
    sale_price_micros INTEGER CHECK (sale_price_micros IS NULL OR sale_price_micros >= 0),
    availability      TEXT NOT NULL DEFAULT 'in_stock'
                      CHECK (availability IN ('in_stock', 'out_of_stock', 'preorder', 'backorder')),
    stock_quantity    INTEGER,
    condition         TEXT,
    color             TEXT,
    size              TEXT,
    material          TEXT,
    pattern           TEXT,
    gender            TEXT,
    age_group         TEXT,
    product_type      TEXT,
    google_category   TEXT,
    link              TEXT,
    image_link        TEXT,
    additional_images TEXT,
    custom_labels     TEXT,
    content_hash      INTEGER NOT NULL DEFAULT 0,
    removed           INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    updated_at        TEXT NOT NULL
);
CREATE INDEX catalog_item_group ON catalog_item(item_group_id);
CREATE INDEX catalog_item_source ON catalog_item(source_id);

-- One row per import run with its counts and the per-row report (JSON).
CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER REFERENCES catalog_source(id) ON DELETE SET NULL,
    file_name   TEXT NOT NULL,
    format      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    read        INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    warnings    INTEGER NOT NULL DEFAULT 0,
    report      TEXT
);

-- ---------------------------------------------------------------- images, campaigns, posts
-- Content-addressed: the same picture is stored once whatever posts use it.
CREATE TABLE image (
    sha256     TEXT PRIMARY KEY,
    mime_type  TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    bytes      BLOB NOT NULL,
    thumbnail  BLOB,
    created_at TEXT NOT NULL
);

CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    starts_on   TEXT,
    ends_on     TEXT,
    goal        TEXT,
    budget_note TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE post (
    id                INTEGER PRIMARY KEY,
    brand_id          INTEGER NOT NULL REFERENCES brand_profile(id),
    campaign_id       INTEGER REFERENCES campaign(id) ON DELETE SET NULL,
    caption           TEXT NOT NULL DEFAULT '',
    interests         TEXT NOT NULL DEFAULT '[]',
    call_to_action    TEXT,
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'scheduled', 'queued', 'published', 'failed', 'archived')),
    scheduled_at      TEXT,
    published_at      TEXT,
    platform_id       TEXT UNIQUE,
    etag              TEXT,
    sync_error        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX post_schedule ON post(scheduled_at);

-- The images of a post, in carousel order, with a non-destructive crop (normalised 0..1).
CREATE TABLE post_image (
    post_id      INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
    image_sha256 TEXT NOT NULL REFERENCES image(sha256),
    crop_x       REAL NOT NULL DEFAULT 0,
    crop_y       REAL NOT NULL DEFAULT 0,
    crop_w       REAL NOT NULL DEFAULT 1,
    crop_h       REAL NOT NULL DEFAULT 1,
    aspect       TEXT NOT NULL DEFAULT 'original',
    PRIMARY KEY (post_id, position)
);

-- A product pinned on a photo. x,y are normalised (0..1) on the uncropped image, so pins survive
-- crops and resizes. item_id has no foreign key on purpose: a re-import may remove the item, and
-- the tag must stay so the user can see and fix it.
CREATE TABLE post_tag (
    id             INTEGER PRIMARY KEY,
    post_id        INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    image_position INTEGER NOT NULL,
    item_id        TEXT NOT NULL,
    x              REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y              REAL NOT NULL CHECK (y BETWEEN 0 AND 1)
);
CREATE INDEX post_tag_post ON post_tag(post_id);
CREATE INDEX post_tag_item ON post_tag(item_id);

-- ---------------------------------------------------------------- polls
CREATE TABLE poll (
    id               INTEGER PRIMARY KEY,
    brand_id         INTEGER NOT NULL REFERENCES brand_profile(id),
    campaign_id      INTEGER REFERENCES campaign(id) ON DELETE SET NULL,
    question         TEXT NOT NULL,
    image_sha256     TEXT REFERENCES image(sha256),
    duration_hours   INTEGER NOT NULL CHECK (duration_hours BETWEEN 1 AND 720),
    target_interests TEXT NOT NULL DEFAULT '[]',
    target_regions   TEXT NOT NULL DEFAULT '[]',
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'scheduled', 'queued', 'published', 'closed', 'failed', 'archived')),
    scheduled_at     TEXT,
    published_at     TEXT,
    platform_id      TEXT UNIQUE,
    etag             TEXT,
    sync_error       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Two to four options; each a catalog item or a custom image + label.
CREATE TABLE poll_option (
    poll_id      INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 3),
    label        TEXT NOT NULL,
    item_id      TEXT,
    image_sha256 TEXT REFERENCES image(sha256),
    PRIMARY KEY (poll_id, position)
);

-- ---------------------------------------------------------------- engagement
-- One row per platform event; the platform's event id is the key, so a re-sent event never counts twice.
-- Poll impressions carry the option shown (for the sample-ratio check); votes carry the option chosen.
CREATE TABLE engagement_event (
    event_id        TEXT PRIMARY KEY,
    type            TEXT NOT NULL CHECK (type IN ('impression', 'smile', 'comment', 'vote',
                                                  'product_click', 'add_to_cart', 'purchase')),
    occurred_at     TEXT NOT NULL,
    post_id         INTEGER REFERENCES post(id) ON DELETE CASCADE,
    poll_id         INTEGER REFERENCES poll(id) ON DELETE CASCADE,
    option_position INTEGER,
    item_id         TEXT,
    amount_micros   INTEGER,
    currency        TEXT,
    comment_text    TEXT,
    interest        TEXT,
    region          TEXT,
    age_band        TEXT,
    is_returning    INTEGER CHECK (is_returning IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX engagement_event_poll ON engagement_event(poll_id, type, occurred_at);
CREATE INDEX engagement_event_post ON engagement_event(post_id, type, occurred_at);

-- Hourly counts per post/poll, option and segment, updated in the same transaction as the events,
-- so charts over millions of events read a few thousand rows. option_position -1 = not an option event.
CREATE TABLE engagement_rollup (
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id      INTEGER NOT NULL,
    hour            TEXT NOT NULL,
    type            TEXT NOT NULL,
    option_position INTEGER NOT NULL DEFAULT -1,
    interest        TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    age_band        TEXT NOT NULL DEFAULT '',
    is_returning    INTEGER NOT NULL DEFAULT -1,
    events          INTEGER NOT NULL DEFAULT 0,
    amount_micros   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_kind, subject_id, hour, type, option_position, interest, region, age_band, is_returning)
) WITHOUT ROWID;
