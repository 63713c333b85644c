package io.vitrine.poll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.vitrine.brand.PlannedItem;
import io.vitrine.brand.PublishState;
import io.vitrine.common.Json;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.RowMapper;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Polls and their options in the workspace. Each save is one transaction: a poll never has half its options. */
public final class PollRepository {
    private static final String POLL_COLUMNS = "p.id, p.brand_id, c.name AS campaign_name, p.question, p.image_sha256,"
            + " p.duration_hours, p.target_interests, p.target_regions, p.status, p.scheduled_at, p.published_at,"
            + " p.platform_id, p.sync_error, p.created_at, p.updated_at";
    private static final String VOTES = "coalesce((SELECT sum(r.events) FROM engagement_rollup r WHERE r.subject_kind = 'poll'"
            + " AND r.subject_id = p.id AND r.type = 'vote'), 0)";

    private final Database database;

    public PollRepository(Database database) {
        this.database = database;
    }

    /** Stores a new draft for a brand; the campaign is found by name (none when there is no such campaign). */
    public long insert(PollDraft draft, long brand, Instant now) {
        return database.write(sql -> {
            long id = sql.insert("INSERT INTO poll(brand_id, campaign_id, question, image_sha256, duration_hours,"
                    + " target_interests, target_regions, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    brand, campaignId(sql, draft.campaignName()), draft.question().strip(), draft.imageSha256(),
                    draft.durationHours(), Json.write(draft.targetInterests()), Json.write(draft.targetRegions()),
                    PublishState.DRAFT.code(), now, now);
            insertOptions(sql, id, draft);
            return id;
        });
    }

    /** Replaces a poll's question, settings and options. */
    public void update(long id, PollDraft draft, Instant now) {
        database.write(sql -> {
            sql.update("UPDATE poll SET campaign_id = ?, question = ?, image_sha256 = ?, duration_hours = ?,"
                    + " target_interests = ?, target_regions = ?, updated_at = ? WHERE id = ?",
                    campaignId(sql, draft.campaignName()), draft.question().strip(), draft.imageSha256(),
                    draft.durationHours(), Json.write(draft.targetInterests()), Json.write(draft.targetRegions()), now, id);
            sql.update("DELETE FROM poll_option WHERE poll_id = ?", id);
            insertOptions(sql, id, draft);
            return null;
        });
    }

    public void setStatus(long id, PublishState status, Instant scheduledAt, Instant now) {
        database.write(sql -> sql.update("UPDATE poll SET status = ?, scheduled_at = ?, updated_at = ? WHERE id = ?",
                status.code(), scheduledAt, now, id));
    }

    /** Moves a poll that has not gone out; false when it went out meanwhile. */
    public boolean reschedule(long id, Instant at, Instant now) {
        return database.write(sql -> sql.update("UPDATE poll SET scheduled_at = ?, updated_at = ?"
                + " WHERE id = ? AND status IN (?, ?, ?)", at, now, id, PublishState.DRAFT, PublishState.SCHEDULED,
                PublishState.FAILED)) > 0;
    }

    public long countInCampaign(long campaignId) {
        return database.read(sql -> sql.scalar("SELECT count(*) FROM poll WHERE campaign_id = ?", campaignId));
    }

    /** Polls going (or gone) out in [from, to), archived ones left out. */
    public List<PlannedItem> planned(Instant from, Instant to) {
        return database.read(sql -> sql.list("SELECT id, brand_id, question, coalesce(published_at, scheduled_at) AS at, status,"
                        + " campaign_id, image_sha256 FROM poll WHERE status <> ? AND coalesce(published_at, scheduled_at) >= ?"
                        + " AND coalesce(published_at, scheduled_at) < ?",
                row -> new PlannedItem(row.getLong(1), row.getLong(2), row.getString(3), Instant.parse(row.getString(4)),
                        PublishState.fromCode(row.getString(5)), nullableLong(row, 6), row.getString(7)),
                PublishState.ARCHIVED, from, to));
    }

    public void delete(long id) {
        database.write(sql -> sql.update("DELETE FROM poll WHERE id = ?", id));
    }

    public Optional<Poll> find(long id) {
        return database.read(sql -> {
            Optional<Poll> poll = sql.one("SELECT " + POLL_COLUMNS + " FROM poll p LEFT JOIN campaign c ON c.id = p.campaign_id"
                    + " WHERE p.id = ?", row -> mapPoll(row, List.of()), id);
            if (poll.isEmpty()) {
                return poll;
            }
            List<PollOption> options = sql.list("SELECT position, label, item_id, image_sha256 FROM poll_option"
                    + " WHERE poll_id = ? ORDER BY position", OPTION, id);
            return Optional.of(poll.get().withOptions(options));
        });
    }

    /** Every poll, most recently changed first, with its vote count (from the rollups: fast for any number of votes). */
    public List<PollSummary> list() {
        return database.read(sql -> sql.list("SELECT p.id, p.question, p.status, c.name AS campaign_name, p.scheduled_at,"
                + " p.published_at, p.updated_at, p.sync_error, (SELECT count(*) FROM poll_option o WHERE o.poll_id = p.id) AS options, "
                + VOTES + " AS votes FROM poll p LEFT JOIN campaign c ON c.id = p.campaign_id ORDER BY p.updated_at DESC, p.id DESC",
                row -> new PollSummary(row.getLong("id"), row.getString("question"), PublishState.fromCode(row.getString("status")),
                        row.getLong("votes"), row.getInt("options"), row.getString("campaign_name"),
                        instant(row, "scheduled_at"), instant(row, "published_at"), instant(row, "updated_at"),
                        row.getString("sync_error"))));
    }

    private static void insertOptions(Sql sql, long pollId, PollDraft draft) throws SQLException {
        try (Sql.Batch batch = sql.batch("INSERT INTO poll_option(poll_id, position, label, item_id, image_sha256)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < draft.options().size(); i++) {
                PollDraft.OptionDraft o = draft.options().get(i);
                batch.add(pollId, i, o.label() == null ? "" : o.label().strip(), o.itemId(), o.imageSha256());
            }
        }
    }

    /** The campaign's id by name (as campaigns are matched everywhere: ignoring case); null for none. */
    private static Long campaignId(Sql sql, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        long id = sql.scalar("SELECT id FROM campaign WHERE name = ? COLLATE NOCASE", name.strip());
        return id == 0 ? null : id;
    }

    private static final RowMapper<PollOption> OPTION = row -> new PollOption(row.getInt("position"), row.getString("label"),
            row.getString("item_id"), row.getString("image_sha256"));

    private static Poll mapPoll(ResultSet row, List<PollOption> options) throws SQLException {
        return new Poll(row.getLong("id"), row.getLong("brand_id"), row.getString("campaign_name"), row.getString("question"),
                row.getString("image_sha256"), row.getInt("duration_hours"), stringList(row.getString("target_interests")),
                stringList(row.getString("target_regions")), PublishState.fromCode(row.getString("status")),
                instant(row, "scheduled_at"), instant(row, "published_at"), row.getString("platform_id"),
                row.getString("sync_error"), instant(row, "created_at"), instant(row, "updated_at"), options);
    }

    private static List<String> stringList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(); // a damaged target list must not hide the poll
        }
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a malformed date from elsewhere shows as "no date" rather than hiding the poll
        }
    }
}
