package io.vitrine.post;

import io.vitrine.brand.PlannedItem;
import io.vitrine.brand.PublishState;
import io.vitrine.common.Json;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Posts with their photos and pins in the V1 tables; each method runs inside the caller's read or write. */
final class PostRepository {
    private static final String POST_COLUMNS = "id, brand_id, campaign_id, caption, interests, call_to_action, status,"
            + " scheduled_at, schedule_time_zone, published_at, platform_id, sync_error, created_at, updated_at";

    long insert(Sql sql, Post post, Instant now) throws SQLException {
        long id = sql.insert("INSERT INTO post(brand_id, campaign_id, caption, interests, call_to_action, status, scheduled_at,"
                        + " schedule_time_zone, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                post.brandId(), post.campaignId(), post.caption(), Json.write(post.interests()), ctaCode(post),
                post.status(), post.scheduledAt(), zoneId(post), post.publishedAt(), now, now);
        writeImagesAndTags(sql, id, post);
        return id;
    }

    /** Replaces a post's content; {@code updated_at} always moves so the sync engine sees the change. */
    void update(Sql sql, Post post, Instant now) throws SQLException {
        int changed = sql.update("UPDATE post SET campaign_id = ?, caption = ?, interests = ?, call_to_action = ?, status = ?,"
                        + " scheduled_at = ?, schedule_time_zone = ?, updated_at = ? WHERE id = ?",
                post.campaignId(), post.caption(), Json.write(post.interests()), ctaCode(post), post.status(),
                post.scheduledAt(), zoneId(post), now, post.id());
        if (changed == 0) {
            throw new PostNotFoundException(post.id());
        }
        sql.update("DELETE FROM post_tag WHERE post_id = ?", post.id());
        sql.update("DELETE FROM post_image WHERE post_id = ?", post.id());
        writeImagesAndTags(sql, post.id(), post);
    }

    private static void writeImagesAndTags(Sql sql, long postId, Post post) throws SQLException {
        try (Sql.Batch images = sql.batch("INSERT INTO post_image(post_id, position, image_sha256, crop_x, crop_y, crop_w,"
                + " crop_h, aspect) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < post.images().size(); i++) {
                PostImage image = post.images().get(i);
                Crop c = image.crop();
                images.add(postId, i, image.imageSha256(), c.x(), c.y(), c.w(), c.h(), image.aspect().code());
            }
        }
        try (Sql.Batch tags = sql.batch("INSERT INTO post_tag(post_id, image_position, item_id, x, y) VALUES (?, ?, ?, ?, ?)")) {
            for (Tag tag : post.tags()) {
                tags.add(postId, tag.imagePosition(), tag.itemId(), tag.x(), tag.y());
            }
        }
    }

    Optional<Post> find(Sql sql, long id) throws SQLException {
        Optional<Post> bare = sql.one("SELECT " + POST_COLUMNS + " FROM post WHERE id = ?", PostRepository::post, id);
        if (bare.isEmpty()) {
            return bare;
        }
        List<PostImage> images = sql.list("SELECT pi.image_sha256, i.width, i.height, pi.aspect, pi.crop_x, pi.crop_y,"
                + " pi.crop_w, pi.crop_h FROM post_image pi JOIN image i ON i.sha256 = pi.image_sha256"
                + " WHERE pi.post_id = ? ORDER BY pi.position", row -> new PostImage(row.getString(1), row.getInt(2),
                row.getInt(3), AspectRatio.fromCode(row.getString(4)),
                new Crop(row.getDouble(5), row.getDouble(6), row.getDouble(7), row.getDouble(8))), id);
        List<Tag> tags = sql.list("SELECT image_position, item_id, x, y FROM post_tag WHERE post_id = ? ORDER BY id",
                row -> new Tag(row.getInt(1), row.getString(2), row.getDouble(3), row.getDouble(4)), id);
        return Optional.of(bare.get().withImagesAndTags(images, tags));
    }

    List<PostSummary> summaries(Sql sql, PostFilter filter) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            where.append(" AND p.status IN (").append(String.join(", ", filter.statuses().stream().map(s -> "?").toList()))
                    .append(')');
            params.addAll(filter.statuses());
        }
        if (filter.campaignId() != null) {
            where.append(" AND p.campaign_id = ?");
            params.add(filter.campaignId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND p.caption LIKE ? ESCAPE '\\'");
            params.add("%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.list("SELECT p.id, p.brand_id, p.status, p.caption, p.scheduled_at, p.schedule_time_zone, p.published_at,"
                + " p.campaign_id, c.name,"
                + " (SELECT count(*) FROM post_image pi WHERE pi.post_id = p.id),"
                + " (SELECT count(*) FROM post_tag pt WHERE pt.post_id = p.id),"
                + " (SELECT image_sha256 FROM post_image pi WHERE pi.post_id = p.id AND pi.position = 0),"
                + " p.updated_at, p.sync_error FROM post p LEFT JOIN campaign c ON c.id = p.campaign_id" + where
                + " ORDER BY coalesce(p.published_at, p.scheduled_at, p.updated_at) DESC, p.id DESC",
                row -> new PostSummary(row.getLong(1), row.getLong(2), PublishState.fromCode(row.getString(3)),
                        row.getString(4), instant(row.getString(5)), zone(row.getString(6)), instant(row.getString(7)),
                        nullableLong(row, 8), row.getString(9), row.getInt(10), row.getInt(11), row.getString(12),
                        instant(row.getString(13)), row.getString(14)), params.toArray());
    }

    void setStatus(Sql sql, long id, PublishState status, Instant now) throws SQLException {
        if (sql.update("UPDATE post SET status = ?, updated_at = ? WHERE id = ?", status, now, id) == 0) {
            throw new PostNotFoundException(id);
        }
    }

    void reschedule(Sql sql, long id, Instant at, Instant now) throws SQLException {
        if (sql.update("UPDATE post SET scheduled_at = ?, updated_at = ? WHERE id = ?", at, now, id) == 0) {
            throw new PostNotFoundException(id);
        }
    }

    long countInCampaign(Sql sql, long campaignId) throws SQLException {
        return sql.scalar("SELECT count(*) FROM post WHERE campaign_id = ?", campaignId);
    }

    List<PlannedItem> planned(Sql sql, Instant from, Instant to) throws SQLException {
        return sql.list("SELECT p.id, p.brand_id, p.caption, coalesce(p.published_at, p.scheduled_at) AS at, p.status, p.campaign_id,"
                        + " (SELECT image_sha256 FROM post_image pi WHERE pi.post_id = p.id AND pi.position = 0)"
                        + " FROM post p WHERE p.status <> ? AND coalesce(p.published_at, p.scheduled_at) >= ?"
                        + " AND coalesce(p.published_at, p.scheduled_at) < ?",
                row -> new PlannedItem(row.getLong(1), row.getLong(2), PostSummary.headline(row.getString(3)),
                        Instant.parse(row.getString(4)), PublishState.fromCode(row.getString(5)), nullableLong(row, 6),
                        row.getString(7)), PublishState.ARCHIVED, from, to);
    }

    /** Other posts of the brand planned for the same minute (scheduled, queued or published). */
    List<Long> sameMinute(Sql sql, long brandId, Instant at, Long exceptId) throws SQLException {
        String minute = at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().substring(0, 16);
        return sql.list("SELECT id FROM post WHERE brand_id = ? AND id IS NOT ? AND status IN (?, ?, ?)"
                + " AND substr(coalesce(published_at, scheduled_at), 1, 16) = ? ORDER BY id", row -> row.getLong(1),
                brandId, exceptId, PublishState.SCHEDULED, PublishState.QUEUED, PublishState.PUBLISHED, minute);
    }

    void saveAutosave(Sql sql, long postId, Post state, Instant now) throws SQLException {
        sql.update("INSERT INTO post_autosave(post_id, state, saved_at) VALUES (?, ?, ?)"
                + " ON CONFLICT(post_id) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at",
                postId, Json.write(state), now);
    }

    Optional<AutosavedPost> findAutosave(Sql sql, long postId) throws SQLException {
        return sql.one("SELECT state, saved_at FROM post_autosave WHERE post_id = ?",
                row -> new AutosavedPost(Json.read(row.getString(1), Post.class), Instant.parse(row.getString(2))), postId);
    }

    void deleteAutosave(Sql sql, long postId) throws SQLException {
        sql.update("DELETE FROM post_autosave WHERE post_id = ?", postId);
    }

    List<Long> autosavedPostIds(Sql sql) throws SQLException {
        return sql.list("SELECT post_id FROM post_autosave ORDER BY saved_at DESC", row -> row.getLong(1));
    }

    private static Post post(ResultSet row) throws SQLException {
        String cta = row.getString("call_to_action");
        return new Post(row.getLong("id"), row.getLong("brand_id"), nullableLong(row, 3), row.getString("caption"),
                Arrays.asList(Json.read(row.getString("interests"), String[].class)),
                CallToAction.parse(cta).orElse(null), PublishState.fromCode(row.getString("status")),
                instant(row.getString("scheduled_at")), zone(row.getString("schedule_time_zone")),
                instant(row.getString("published_at")), row.getString("platform_id"), row.getString("sync_error"),
                instant(row.getString("created_at")), instant(row.getString("updated_at")), List.of(), List.of());
    }

    private static String ctaCode(Post post) {
        return post.callToAction() == null ? null : post.callToAction().code();
    }

    private static String zoneId(Post post) {
        return post.scheduleZone() == null ? null : post.scheduleZone().getId();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static ZoneId zone(String text) {
        return text == null ? null : ZoneId.of(text);
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
