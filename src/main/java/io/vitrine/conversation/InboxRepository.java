package io.vitrine.conversation;

import io.vitrine.catalog.SearchQuery;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.poll.AudienceSegment;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox's reads (threads by filter, newest first, with their replies; the unanswered count) and its own state
 * (done, assignee, what the assistant recognised). Only threads under a post or poll this workspace knows are listed.
 */
final class InboxRepository {
    private static final String THREAD_COLUMNS = CommentRows.COMMENT_COLUMNS + ", c.is_question, c.item_id,"
            + " c.answered_at, c.done_at, c.assignee, coalesce((SELECT caption FROM post WHERE id = c.post_id),"
            + " (SELECT question FROM poll WHERE id = c.poll_id)) AS publication";
    private static final String SENDING = "EXISTS (SELECT 1 FROM comment_reply r JOIN comment t ON t.id = r.comment_id"
            + " WHERE t.thread_id = c.id AND r.state = 'queued')";
    /** A question nobody answered, marked done or is answering right now. */
    static final String UNANSWERED = "c.is_question = 1 AND c.answered_at IS NULL AND c.done_at IS NULL AND c.hidden = 0"
            + " AND NOT " + SENDING;

    private final Database database;
    private final ReplyRepository replies;

    InboxRepository(Database database, ReplyRepository replies) {
        this.database = database;
        this.replies = replies;
    }

    List<CommentThread> threads(InboxFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(filter.limit());
        params.add(filter.offset());
        return database.read(sql -> withReplies(sql, sql.list("SELECT " + THREAD_COLUMNS + " FROM comment c WHERE " + where
                + " ORDER BY c.occurred_at DESC, c.id LIMIT ? OFFSET ?", InboxRepository::thread, params.toArray())));
    }

    long count(InboxFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return database.read(sql -> sql.scalar("SELECT count(*) FROM comment c WHERE " + where, params.toArray()));
    }

    Optional<CommentThread> thread(String commentId) {
        return database.read(sql -> {
            Optional<String> threadId = sql.text("SELECT thread_id FROM comment WHERE id = ?", commentId);
            if (threadId.isEmpty()) {
                return Optional.empty();
            }
            List<CommentThread> found = withReplies(sql, sql.list("SELECT " + THREAD_COLUMNS + " FROM comment c WHERE c.id = ?",
                    InboxRepository::thread, threadId.get()));
            return found.stream().findFirst();
        });
    }

    long unansweredCount() {
        return database.read(sql -> sql.scalar("SELECT count(*) FROM comment c WHERE c.parent_id IS NULL"
                + " AND (c.post_id IS NOT NULL OR c.poll_id IS NOT NULL) AND " + UNANSWERED));
    }

    void markDone(String threadId, Instant at) {
        database.write(sql -> sql.update("UPDATE comment SET done_at = ? WHERE id = ? AND parent_id IS NULL", at, threadId));
    }

    void reopen(String threadId) {
        database.write(sql -> sql.update("UPDATE comment SET done_at = NULL WHERE id = ? AND parent_id IS NULL", threadId));
    }

    void assign(String threadId, String person) {
        database.write(sql -> sql.update("UPDATE comment SET assignee = ? WHERE id = ? AND parent_id IS NULL", person, threadId));
    }

    /** Everyone a thread was ever assigned to, for the assign box's suggestions. */
    List<String> assignees() {
        return database.read(sql -> sql.list("SELECT DISTINCT assignee FROM comment WHERE assignee IS NOT NULL"
                + " ORDER BY assignee COLLATE NOCASE", row -> row.getString(1)));
    }

    /** The filters' choices, from the threads the inbox has. */
    InboxChoices choices() {
        return database.read(sql -> {
            List<InboxChoices.Publication> publications = sql.list("SELECT c.post_id, c.poll_id, coalesce(p.caption, q.question),"
                    + " max(c.occurred_at) AS latest FROM comment c LEFT JOIN post p ON p.id = c.post_id LEFT JOIN poll q"
                    + " ON q.id = c.poll_id WHERE c.parent_id IS NULL AND (c.post_id IS NOT NULL OR c.poll_id IS NOT NULL)"
                    + " GROUP BY c.post_id, c.poll_id ORDER BY latest DESC", row -> new InboxChoices.Publication(
                            CommentRows.nullableLong(row, "post_id"), CommentRows.nullableLong(row, "poll_id"), row.getString(3)));
            List<InboxChoices.Product> products = sql.list("SELECT c.item_id, coalesce(i.title, c.item_id), count(*) FROM comment c"
                    + " LEFT JOIN catalog_item i ON i.id = c.item_id WHERE c.parent_id IS NULL AND c.item_id IS NOT NULL"
                    + " GROUP BY c.item_id ORDER BY count(*) DESC, 2 LIMIT 200",
                    row -> new InboxChoices.Product(row.getString(1), row.getString(2)));
            List<AudienceSegment> segments = new ArrayList<>();
            for (SegmentDimension dimension : List.of(SegmentDimension.REGION, SegmentDimension.AGE_BAND, SegmentDimension.INTEREST)) {
                // the column is a SegmentDimension constant, never user text
                sql.forEach("SELECT DISTINCT " + dimension.column() + " FROM comment WHERE parent_id IS NULL AND "
                        + dimension.column() + " IS NOT NULL ORDER BY 1", row -> segments.add(new AudienceSegment(dimension,
                        row.getString(1))));
            }
            return new InboxChoices(publications, products, segments, assignees());
        });
    }

    /** Thread starts by the audience the assistant has not read yet. */
    List<Comment> unclassified(int limit) {
        return database.read(sql -> sql.list("SELECT " + CommentRows.COMMENT_COLUMNS + " FROM comment c WHERE c.parent_id IS NULL"
                + " AND c.is_question IS NULL AND c.author = 'audience' ORDER BY c.comment_no LIMIT ?", CommentRows::comment, limit));
    }

    void classified(Map<String, Classification> readings) {
        database.write(sql -> {
            for (Map.Entry<String, Classification> e : readings.entrySet()) {
                sql.update("UPDATE comment SET is_question = ?, item_id = ? WHERE id = ?", e.getValue().question(),
                        e.getValue().itemId(), e.getKey());
            }
            return null;
        });
    }

    /** What the assistant made of a comment: a question or not, and the item it is about (or null). */
    record Classification(boolean question, String itemId) {
    }

    /** Audience comments under the thread starts of one post or poll (or all of them), for an automation's preview. */
    List<Comment> audienceComments(Long postId, Long pollId, int limit) {
        String where = postId != null ? " AND c.post_id = ?" : pollId != null ? " AND c.poll_id = ?" : "";
        List<Object> params = new ArrayList<>();
        if (postId != null || pollId != null) {
            params.add(postId != null ? postId : pollId);
        }
        params.add(limit);
        return database.read(sql -> sql.list("SELECT " + CommentRows.COMMENT_COLUMNS + " FROM comment c WHERE c.parent_id IS NULL"
                + " AND c.author = 'audience'" + where + " ORDER BY c.occurred_at DESC LIMIT ?", CommentRows::comment,
                params.toArray()));
    }

    private static String where(InboxFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder("c.parent_id IS NULL AND (c.post_id IS NOT NULL OR c.poll_id IS NOT NULL)");
        switch (f.show()) {
            case QUESTIONS -> where.append(" AND c.is_question = 1");
            case UNANSWERED -> where.append(" AND ").append(UNANSWERED);
            case ANSWERED -> where.append(" AND c.answered_at IS NOT NULL");
            case DONE -> where.append(" AND c.done_at IS NOT NULL");
            default -> { }
        }
        clause(where, params, "c.post_id = ?", f.postId());
        clause(where, params, "c.poll_id = ?", f.pollId());
        if (f.product() != null && !f.product().isBlank()) {
            where.append(" AND (c.item_id = ? OR c.item_id IN (SELECT id FROM catalog_item WHERE item_group_id = ?))");
            params.add(f.product());
            params.add(f.product());
        }
        if (f.segment() != null) {
            // the column is a SegmentDimension constant, never user text; the value is bound
            where.append(" AND c.").append(f.segment().dimension().column()).append(" = ?");
            params.add(f.segment().dimension().storedValue(f.segment().value()));
        }
        clause(where, params, "c.occurred_at >= ?", f.since() == null ? null : f.since().toString());
        clause(where, params, "c.occurred_at < ?", f.until() == null ? null : f.until().toString());
        clause(where, params, "c.assignee = ?", f.assignee());
        SearchQuery.parse(f.search()).ifPresent(query -> {
            where.append(" AND c.id IN (SELECT thread_id FROM comment WHERE comment_no IN"
                    + " (SELECT rowid FROM comment_search WHERE comment_search MATCH ?))");
            params.add(query.match());
        });
        return where.toString();
    }

    private static void clause(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private List<CommentThread> withReplies(Sql sql, List<CommentThread> threads) throws SQLException {
        List<String> ids = threads.stream().map(t -> t.first().id()).toList();
        Map<String, List<Comment>> byThread = new HashMap<>();
        if (!ids.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            sql.forEach("SELECT " + CommentRows.COMMENT_COLUMNS + " FROM comment c WHERE c.thread_id IN (" + marks + ")"
                    + " AND c.parent_id IS NOT NULL ORDER BY c.occurred_at, c.comment_no",
                    row -> byThread.computeIfAbsent(row.getString("thread_id"), t -> new ArrayList<>())
                            .add(CommentRows.comment(row)), ids.toArray());
        }
        Map<String, List<OutgoingReply>> outgoing = replies.forThreads(sql, ids);
        return threads.stream().map(t -> t.withReplies(byThread.getOrDefault(t.first().id(), List.of()),
                outgoing.getOrDefault(t.first().id(), List.of()))).toList();
    }

    private static CommentThread thread(ResultSet row) throws SQLException {
        return new CommentThread(CommentRows.comment(row), row.getInt("is_question") == 1, row.getString("item_id"),
                CommentRows.instant(row.getString("answered_at")), CommentRows.instant(row.getString("done_at")),
                row.getString("assignee"), row.getString("publication"), List.of(), List.of());
    }
}
