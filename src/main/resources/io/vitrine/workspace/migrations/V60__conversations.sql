-- Conversations, version 60: every comment under posts and polls as the platform threads them, the inbox's own
-- state, replies written here on their way to the platform, keyword automations kept with their post or poll,
-- and the carts and purchases that followed from a comment. Every statement can run again on a workspace that has
-- it already (a copy whose migration record was lost), changing nothing.

-- One row per comment the platform has: the audience's (id = its comment event's id) and the brand's replies.
-- comment_no is an explicit INTEGER PRIMARY KEY because the search index refers to rows by it (it survives VACUUM).
-- thread_id is the thread's first comment (itself for a comment under the publication). The inbox state (is it a
-- question, the product recognised, when it was first answered, done, assignee) lives on that first comment.
-- publication_ref is the platform's post/poll id, kept for comments of a publication this workspace does not know.
CREATE TABLE IF NOT EXISTS comment (
    comment_no      INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    brand_id        INTEGER NOT NULL REFERENCES brand_profile(id) ON DELETE CASCADE,
    post_id         INTEGER REFERENCES post(id) ON DELETE CASCADE,
    poll_id         INTEGER REFERENCES poll(id) ON DELETE CASCADE,
    publication_ref TEXT,
    parent_id       TEXT,
    thread_id       TEXT NOT NULL,
    author          TEXT NOT NULL CHECK (author IN ('audience', 'brand')),
    author_name     TEXT,
    text            TEXT NOT NULL,
    language        TEXT,
    visibility      TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
    automation_rule INTEGER,
    occurred_at     TEXT NOT NULL,
    interest        TEXT,
    region          TEXT,
    age_band        TEXT,
    is_returning    INTEGER CHECK (is_returning IN (0, 1)),
    hidden          INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    is_question     INTEGER CHECK (is_question IN (0, 1)),
    item_id         TEXT,
    answered_at     TEXT,
    done_at         TEXT,
    assignee        TEXT
);
CREATE INDEX IF NOT EXISTS comment_thread ON comment(thread_id);
-- The inbox lists threads newest first; the partial index holds exactly the rows it lists.
CREATE INDEX IF NOT EXISTS comment_inbox ON comment(occurred_at DESC) WHERE parent_id IS NULL;
CREATE INDEX IF NOT EXISTS comment_post ON comment(post_id) WHERE post_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS comment_poll ON comment(poll_id) WHERE poll_id IS NOT NULL;

-- Full-text search over what was written and who wrote it; accents folded ("creme" finds "crème").
CREATE VIRTUAL TABLE IF NOT EXISTS comment_search USING fts5(
    text, author_name,
    content = 'comment', content_rowid = 'comment_no',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER IF NOT EXISTS comment_search_insert AFTER INSERT ON comment
BEGIN
    INSERT INTO comment_search (rowid, text, author_name) VALUES (new.comment_no, new.text, new.author_name);
END;
CREATE TRIGGER IF NOT EXISTS comment_search_delete AFTER DELETE ON comment
BEGIN
    INSERT INTO comment_search (comment_search, rowid, text, author_name)
    VALUES ('delete', old.comment_no, old.text, old.author_name);
END;
CREATE TRIGGER IF NOT EXISTS comment_search_update AFTER UPDATE OF text, author_name ON comment
BEGIN
    INSERT INTO comment_search (comment_search, rowid, text, author_name)
    VALUES ('delete', old.comment_no, old.text, old.author_name);
    INSERT INTO comment_search (rowid, text, author_name) VALUES (new.comment_no, new.text, new.author_name);
END;

-- A reply written in the studio. Its idempotency key is fixed here, before it is ever sent; the sync engine
-- carries it through the outbox and writes back sent (with the platform's id for it) or failed (with why).
CREATE TABLE IF NOT EXISTS comment_reply (
    id              INTEGER PRIMARY KEY,
    comment_id      TEXT NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
    brand_id        INTEGER NOT NULL REFERENCES brand_profile(id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    is_private      INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)),
    from_draft      INTEGER NOT NULL DEFAULT 0 CHECK (from_draft IN (0, 1)),
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    error           TEXT,
    platform_id     TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX IF NOT EXISTS comment_reply_comment ON comment_reply(comment_id);
CREATE INDEX IF NOT EXISTS comment_reply_queued ON comment_reply(brand_id) WHERE state = 'queued';

-- Keyword rules of a post or poll, in order; they go to the platform with it (part of its payload).
CREATE TABLE IF NOT EXISTS publication_automation (
    id       INTEGER PRIMARY KEY,
    post_id  INTEGER REFERENCES post(id) ON DELETE CASCADE,
    poll_id  INTEGER REFERENCES poll(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
    keywords TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('private_reply', 'public_reply', 'add_to_cart')),
    text     TEXT,
    item_id  TEXT,
    CHECK ((post_id IS NULL) <> (poll_id IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS publication_automation_post ON publication_automation(post_id, position) WHERE post_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS publication_automation_poll ON publication_automation(poll_id, position) WHERE poll_id IS NOT NULL;

-- Carts and purchases the platform attributes to a comment (an automation's cart, a purchase by someone who
-- asked), keyed by event id like the events themselves; the comment may arrive later than the event.
CREATE TABLE IF NOT EXISTS comment_outcome (
    event_id      TEXT PRIMARY KEY,
    comment_id    TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('add_to_cart', 'purchase')),
    item_id       TEXT,
    amount_micros INTEGER,
    currency      TEXT,
    occurred_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS comment_outcome_comment ON comment_outcome(comment_id);

-- The comments a workspace already has arrived as engagement events: they open the inbox, unread by the assistant.
INSERT OR IGNORE INTO comment (id, brand_id, post_id, poll_id, thread_id, author, text, occurred_at, interest, region, age_band,
        is_returning)
SELECT e.event_id, coalesce(p.brand_id, q.brand_id), e.post_id, e.poll_id, e.event_id, 'audience', e.comment_text,
       e.occurred_at, e.interest, e.region, e.age_band, e.is_returning
FROM engagement_event e
LEFT JOIN post p ON p.id = e.post_id
LEFT JOIN poll q ON q.id = e.poll_id
WHERE e.type = 'comment' AND e.comment_text IS NOT NULL AND coalesce(p.brand_id, q.brand_id) IS NOT NULL
ORDER BY e.occurred_at, e.event_id;
