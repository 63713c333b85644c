package io.vitrine.conversation;

import io.vitrine.insights.Segment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Row mappers for comments and replies, shared by the repositories. */
final class CommentRows {
    static final String COMMENT_COLUMNS = "c.id, c.brand_id, c.post_id, c.poll_id, c.parent_id, c.thread_id, c.author,"
            + " c.author_name, c.text, c.language, c.visibility, c.automation_rule, c.occurred_at, c.interest, c.region,"
            + " c.age_band, c.is_returning, c.hidden";
    static final String REPLY_COLUMNS = "r.id, r.comment_id, r.brand_id, r.text, r.is_private, r.from_draft,"
            + " r.idempotency_key, r.state, r.error, r.platform_id, r.created_at, r.sent_at";

    private CommentRows() {
    }

    static Comment comment(ResultSet row) throws SQLException {
        return new Comment(row.getString("id"), row.getLong("brand_id"), nullableLong(row, "post_id"),
                nullableLong(row, "poll_id"), row.getString("parent_id"), row.getString("thread_id"),
                "brand".equals(row.getString("author")), row.getString("author_name"), row.getString("text"),
                row.getString("language"), "private".equals(row.getString("visibility")),
                nullableInt(row, "automation_rule"), Instant.parse(row.getString("occurred_at")), segment(row),
                row.getInt("hidden") == 1);
    }

    static OutgoingReply reply(ResultSet row) throws SQLException {
        return new OutgoingReply(row.getLong("id"), row.getString("comment_id"), row.getLong("brand_id"),
                row.getString("text"), row.getInt("is_private") == 1, row.getInt("from_draft") == 1,
                row.getString("idempotency_key"), ReplyState.fromCode(row.getString("state")), row.getString("error"),
                row.getString("platform_id"), instant(row.getString("created_at")), instant(row.getString("sent_at")));
    }

    static Segment segment(ResultSet row) throws SQLException {
        Integer returning = nullableInt(row, "is_returning");
        return new Segment(row.getString("interest"), row.getString("region"), row.getString("age_band"),
                returning == null ? null : returning == 1);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
