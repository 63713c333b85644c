package io.vitrine.conversation;

import io.vitrine.insights.Segment;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the comments the platform has into the workspace, by id: a page pulled again (or a reply already
 * stored when it was sent) changes nothing but what can change (hidden). A brand's reply marks its thread
 * answered at the reply's time. The sync engine calls it inside the transaction that also moves its cursor.
 */
public final class CommentRepository {
    private static final String INSERT = "INSERT INTO comment (id, brand_id, post_id, poll_id, publication_ref, parent_id,"
            + " thread_id, author, author_name, text, language, visibility, automation_rule, occurred_at, interest, region,"
            + " age_band, is_returning, hidden) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (id) DO UPDATE SET hidden = max(hidden, excluded.hidden),"
            + " post_id = coalesce(post_id, excluded.post_id), poll_id = coalesce(poll_id, excluded.poll_id)";

    private final Database database;

    public CommentRepository(Database database) {
        this.database = database;
    }

    /** Stores comments in feed order (a comment before its replies); returns how many were new. */
    public int store(Sql sql, List<Comment> comments, List<String> publicationRefs) throws SQLException {
        int added = 0;
        for (int i = 0; i < comments.size(); i++) {
            added += store(sql, comments.get(i), publicationRefs.get(i)) ? 1 : 0;
        }
        return added;
    }

    /** Stores one comment; true when it was new. */
    public boolean store(Sql sql, Comment c, String publicationRef) throws SQLException {
        boolean known = sql.scalar("SELECT count(*) FROM comment WHERE id = ?", c.id()) > 0;
        String thread = c.parentId() == null ? c.id()
                : sql.text("SELECT thread_id FROM comment WHERE id = ?", c.parentId()).orElse(c.parentId());
        Segment s = c.segment() == null ? Segment.UNKNOWN : c.segment();
        sql.update(INSERT, c.id(), c.brandId(), c.postId(), c.pollId(), publicationRef, c.parentId(), thread,
                c.byBrand() ? "brand" : "audience", c.authorName(), c.text(), c.language(),
                c.isPrivate() ? "private" : "public", c.automationRule(), c.occurredAt(), s.interest(), s.region(),
                s.ageBand(), s.returning(), c.hidden());
        if (c.byBrand() && c.parentId() != null) {
            answered(sql, thread, c.occurredAt());
        }
        return !known;
    }

    /** The thread was answered at {@code at} (the first answer counts). */
    static void answered(Sql sql, String threadId, Instant at) throws SQLException {
        sql.update("UPDATE comment SET answered_at = ? WHERE id = ? AND (answered_at IS NULL OR answered_at > ?)",
                at, threadId, at.toString());
    }

    /** Hidden on the platform (by the brand): the inbox keeps it, marked. */
    public void markHidden(String commentId) {
        database.write(sql -> sql.update("UPDATE comment SET hidden = 1 WHERE id = ?", commentId));
    }
}
