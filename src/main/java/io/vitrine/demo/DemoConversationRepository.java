package io.vitrine.demo;

import io.vitrine.conversation.Comment;
import io.vitrine.insights.Segment;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/** What the demo's inbox reads from the workspace the earlier steps filled: comment events, recent posts, prices. */
final class DemoConversationRepository {
    /** A published post that tags products, with when it went out. */
    record Shown(long postId, Instant publishedAt) {
    }

    private DemoConversationRepository() {
    }

    /** Every comment event, oldest first, as an audience comment of {@code brandId} named by {@code names}. */
    static List<Comment> eventComments(Sql sql, long brandId, Supplier<String> names) throws SQLException {
        return sql.list("SELECT event_id, post_id, poll_id, occurred_at, comment_text, interest, region, age_band,"
                + " is_returning FROM engagement_event WHERE type = 'comment' ORDER BY occurred_at, event_id", row -> {
                    long post = row.getLong("post_id");
                    Long postId = row.wasNull() ? null : post;
                    long poll = row.getLong("poll_id");
                    Long pollId = row.wasNull() ? null : poll;
                    int returning = row.getInt("is_returning");
                    Segment segment = new Segment(row.getString("interest"), row.getString("region"), row.getString("age_band"),
                            row.wasNull() ? null : returning == 1);
                    return new Comment(row.getString("event_id"), brandId, postId, pollId, null, null, false, names.get(),
                            row.getString("comment_text"), "en", false, null, Instant.parse(row.getString("occurred_at")),
                            segment, false);
                });
    }

    /** The newest published posts that tag products. */
    static List<Shown> recentTaggedPosts(Sql sql, int limit) throws SQLException {
        return sql.list("SELECT p.id, p.published_at FROM post p WHERE p.status = 'published' AND p.published_at IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM post_tag t WHERE t.post_id = p.id) ORDER BY p.published_at DESC LIMIT ?",
                row -> new Shown(row.getLong(1), Instant.parse(row.getString(2))), limit);
    }

    static List<String> taggedTitles(Sql sql, long postId) throws SQLException {
        return sql.list("SELECT i.title FROM post_tag t JOIN catalog_item i ON i.id = t.item_id WHERE t.post_id = ?"
                + " ORDER BY t.id", row -> row.getString(1), postId);
    }

    static long price(Sql sql, String itemId) throws SQLException {
        return sql.scalar("SELECT coalesce(sale_price_micros, price_micros) FROM catalog_item WHERE id = ?", itemId);
    }

    /** The newest published or scheduled post showing a lamp, and that lamp. */
    static Optional<String[]> newestLampPost(Sql sql) throws SQLException {
        return sql.one("SELECT p.id, t.item_id FROM post p JOIN post_tag t ON t.post_id = p.id"
                + " JOIN catalog_item i ON i.id = t.item_id WHERE p.status IN ('published', 'scheduled')"
                + " AND i.title LIKE '%Lamp%' ORDER BY coalesce(p.published_at, p.scheduled_at) DESC, t.id LIMIT 1",
                row -> new String[] {row.getString(1), row.getString(2)});
    }

    static Supplier<String> names(Random random, List<String> names) {
        return () -> "@" + names.get(random.nextInt(names.size())) + "." + (char) ('a' + random.nextInt(26));
    }
}
