-- Insights read small rollups, one shape per question, instead of one hourly rollup keyed by every segment
-- column (which kept ~1 row per event: 4.72M rows for 5M evenly spread events). engagement_event stays the
-- source of truth: the studio rebuilds these tables from it (io.vitrine.insights.InsightsRollups) whenever
-- insights_zone does not hold the brand's current time zone — right after this migration (no row yet),
-- and after the brand's time zone changes. See docs/decisions/0011-insights-rollups.md.

-- The time zone the rollups' hours and days were cut in (the zone of the workspace's first brand profile).
CREATE TABLE insights_zone (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    time_zone TEXT NOT NULL
);

-- Totals per local day, post or poll, and type; no segments: what the summary, funnel, post list and daily or
-- weekly series read (a few tens of thousands of rows for millions of events). currency is '' except on
-- purchases, whose amounts add up per currency in amount_micros (never across currencies).
CREATE TABLE insights_daily (
    day           TEXT NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id    INTEGER NOT NULL,
    type          TEXT NOT NULL,
    currency      TEXT NOT NULL DEFAULT '',
    events        INTEGER NOT NULL,
    amount_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, subject_kind, subject_id, type, currency)
) WITHOUT ROWID;

-- The same per local clock hour, for hourly series over a few days. hour is the start of the brand's local
-- hour as UTC text, so every local day starts on a bucket boundary (also at +5:30 or when clocks change).
CREATE TABLE insights_hourly (
    hour          TEXT NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id    INTEGER NOT NULL,
    type          TEXT NOT NULL,
    currency      TEXT NOT NULL DEFAULT '',
    events        INTEGER NOT NULL,
    amount_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, subject_kind, subject_id, type, currency)
) WITHOUT ROWID;

-- Per local day, one segment dimension (interest, region, age_band, returning) and its value ('' = unknown;
-- returning is '1', new '0') and type: the segments heat table. campaign_id 0 counts every post and poll of the
-- workspace; a campaign's id counts its posts and polls (an event in a campaign adds to both).
CREATE TABLE insights_segment_daily (
    campaign_id   INTEGER NOT NULL,
    day           TEXT NOT NULL,
    dimension     TEXT NOT NULL CHECK (dimension IN ('interest', 'region', 'age_band', 'returning')),
    value         TEXT NOT NULL,
    type          TEXT NOT NULL,
    currency      TEXT NOT NULL DEFAULT '',
    events        INTEGER NOT NULL,
    amount_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, day, dimension, value, type, currency)
) WITHOUT ROWID;

-- Posts and polls that moved to another campaign since their events were counted: the studio moves their
-- segment counts from one campaign to the other (reading only their events) before the next read or write.
CREATE TABLE insights_campaign_move (
    id            INTEGER PRIMARY KEY,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id    INTEGER NOT NULL,
    from_campaign INTEGER,
    to_campaign   INTEGER
);

-- Per local day, post or poll, catalog item and shopping type (product_click, add_to_cart, purchase).
CREATE TABLE insights_item_daily (
    day           TEXT NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('post', 'poll')),
    subject_id    INTEGER NOT NULL,
    item_id       TEXT NOT NULL,
    type          TEXT NOT NULL,
    currency      TEXT NOT NULL DEFAULT '',
    events        INTEGER NOT NULL,
    amount_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, subject_kind, subject_id, item_id, type, currency)
) WITHOUT ROWID;

-- engagement_rollup now holds poll events only: poll results need votes per option for every combination of
-- segments (decision 0007), posts never did. Copying the poll rows is faster than deleting millions of post rows.
CREATE TABLE engagement_rollup_polls (
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
INSERT INTO engagement_rollup_polls SELECT * FROM engagement_rollup WHERE subject_kind = 'poll';
DROP TABLE engagement_rollup;
ALTER TABLE engagement_rollup_polls RENAME TO engagement_rollup;

-- A deleted post or poll takes its events with it (ON DELETE CASCADE); its rollups go too. Its segment counts
-- are not kept per publication, so when it had events the rollups are marked for a rebuild (no zone recorded):
-- deleting a published post is rare, and the rollups must keep adding up to the events.
CREATE TRIGGER post_deleted_rollups AFTER DELETE ON post BEGIN
    DELETE FROM insights_zone WHERE EXISTS (SELECT 1 FROM insights_daily WHERE subject_kind = 'post' AND subject_id = OLD.id);
    DELETE FROM insights_daily WHERE subject_kind = 'post' AND subject_id = OLD.id;
    DELETE FROM insights_hourly WHERE subject_kind = 'post' AND subject_id = OLD.id;
    DELETE FROM insights_item_daily WHERE subject_kind = 'post' AND subject_id = OLD.id;
END;
CREATE TRIGGER poll_deleted_rollups AFTER DELETE ON poll BEGIN
    DELETE FROM insights_zone WHERE EXISTS (SELECT 1 FROM insights_daily WHERE subject_kind = 'poll' AND subject_id = OLD.id);
    DELETE FROM insights_daily WHERE subject_kind = 'poll' AND subject_id = OLD.id;
    DELETE FROM insights_hourly WHERE subject_kind = 'poll' AND subject_id = OLD.id;
    DELETE FROM insights_item_daily WHERE subject_kind = 'poll' AND subject_id = OLD.id;
    DELETE FROM engagement_rollup WHERE subject_kind = 'poll' AND subject_id = OLD.id;
END;
CREATE TRIGGER post_campaign_moved_rollups AFTER UPDATE OF campaign_id ON post
        WHEN OLD.campaign_id IS NOT NEW.campaign_id BEGIN
    INSERT INTO insights_campaign_move(subject_kind, subject_id, from_campaign, to_campaign)
        VALUES ('post', NEW.id, OLD.campaign_id, NEW.campaign_id);
END;
CREATE TRIGGER poll_campaign_moved_rollups AFTER UPDATE OF campaign_id ON poll
        WHEN OLD.campaign_id IS NOT NEW.campaign_id BEGIN
    INSERT INTO insights_campaign_move(subject_kind, subject_id, from_campaign, to_campaign)
        VALUES ('poll', NEW.id, OLD.campaign_id, NEW.campaign_id);
END;
CREATE TRIGGER campaign_deleted_rollups AFTER DELETE ON campaign BEGIN
    DELETE FROM insights_segment_daily WHERE campaign_id = OLD.id;
END;
