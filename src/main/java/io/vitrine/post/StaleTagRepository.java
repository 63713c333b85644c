package io.vitrine.post;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.item.Availability;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Pins of posts (archived ones aside) whose item is gone, removed or out of stock, and the one-click fixes. */
final class StaleTagRepository {
    private static final String STALE = " FROM post_tag t JOIN post p ON p.id = t.post_id LEFT JOIN catalog_item c ON c.id = t.item_id"
            + " WHERE p.status <> ? AND (c.id IS NULL OR c.removed = 1 OR c.availability = ?)";

    /** A stale pin as read, before the alternatives are looked up. */
    record Row(long tagId, long postId, PublishState status, String caption, int position, String itemId, String title,
               String groupId, boolean found, boolean removed) {
    }

    List<Row> list(Sql sql) throws SQLException {
        return sql.list("SELECT t.id, t.post_id, p.status, p.caption, t.image_position, t.item_id, c.title, c.item_group_id,"
                + " c.id IS NOT NULL, coalesce(c.removed, 0)" + STALE
                + " ORDER BY coalesce(p.scheduled_at, p.published_at, p.updated_at), p.id, t.id",
                row -> new Row(row.getLong(1), row.getLong(2), PublishState.fromCode(row.getString(3)), row.getString(4),
                        row.getInt(5), row.getString(6), row.getString(7), row.getString(8), row.getInt(9) == 1,
                        row.getInt(10) == 1), PublishState.ARCHIVED, Availability.OUT_OF_STOCK);
    }

    long count(Sql sql) throws SQLException {
        return sql.scalar("SELECT count(*)" + STALE, PublishState.ARCHIVED, Availability.OUT_OF_STOCK);
    }

    /** Points a pin at another item; the post is marked changed (sync notices). */
    void retag(Sql sql, long tagId, String itemId, Instant now) throws SQLException {
        long postId = postOf(sql, tagId);
        sql.update("UPDATE post_tag SET item_id = ? WHERE id = ?", itemId, tagId);
        sql.update("UPDATE post SET updated_at = ? WHERE id = ?", now, postId);
    }

    void remove(Sql sql, long tagId, Instant now) throws SQLException {
        long postId = postOf(sql, tagId);
        sql.update("DELETE FROM post_tag WHERE id = ?", tagId);
        sql.update("UPDATE post SET updated_at = ? WHERE id = ?", now, postId);
    }

    private static long postOf(Sql sql, long tagId) throws SQLException {
        return sql.one("SELECT post_id FROM post_tag WHERE id = ?", row -> row.getLong(1), tagId)
                .orElseThrow(() -> new VitrineException("That pin was already changed or removed.", "Refresh the list."));
    }
}
