-- Deleting a campaign keeps its posts and polls, without a campaign. The foreign keys (ON DELETE SET NULL)
-- clear campaign_id; this trigger also moves their updated_at, as every change does, in the same
-- statement. It lets the brand feature delete a campaign without reaching into the post and poll tables.
CREATE TRIGGER campaign_delete_touches_members BEFORE DELETE ON campaign
BEGIN
    UPDATE post SET campaign_id = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE campaign_id = OLD.id;
    UPDATE poll SET campaign_id = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE campaign_id = OLD.id;
END;
