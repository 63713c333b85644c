-- Posts feature, version 20: what the composer needs beyond the core tables.

-- The time zone a post was scheduled in, so the composer and calendar show the time the person chose
-- ("10:00 Europe/Paris"), while scheduled_at stays the UTC instant the sync engine publishes at.
ALTER TABLE post ADD COLUMN schedule_time_zone TEXT;

-- Unsaved edits to a post that is no longer a draft (scheduled, published …). Drafts are autosaved
-- into the post tables directly; a scheduled or published post must not change under the sync engine
-- while someone is half-way through editing it, so its working copy waits here (JSON) until saved.
-- A crash or power cut loses nothing: the composer offers the copy back when the post is opened again.
CREATE TABLE post_autosave (
    post_id  INTEGER PRIMARY KEY REFERENCES post(id) ON DELETE CASCADE,
    state    TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE INDEX post_status ON post(status, scheduled_at);
