package io.vitrine.cli;

import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.Comment;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.OutgoingReply;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of {@code comments list}, {@code reply} and {@code draft} (snake_case, as everywhere). */
final class CommentsJson {
    private CommentsJson() {
    }

    static Map<String, Object> thread(CommentThread t) {
        Map<String, Object> row = comment(t.first());
        row.put("publication", t.publication());
        row.put("status", t.status().code());
        row.put("question", t.question());
        row.put("product", t.itemId());
        row.put("answered_at", t.answeredAt());
        row.put("done_at", t.doneAt());
        row.put("assignee", t.assignee());
        row.put("replies", t.replies().stream().map(CommentsJson::comment).toList());
        row.put("outgoing", t.outgoing().stream().map(CommentsJson::outgoing).toList());
        return row;
    }

    static Map<String, Object> comment(Comment c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("post_id", c.postId());
        row.put("poll_id", c.pollId());
        row.put("parent_id", c.parentId());
        row.put("author", c.byBrand() ? "brand" : "audience");
        row.put("author_name", c.authorName());
        row.put("text", c.text());
        row.put("language", c.language());
        row.put("written_at", c.occurredAt());
        row.put("private", c.isPrivate() ? Boolean.TRUE : null);
        row.put("automation_rule", c.automationRule());
        row.put("hidden", c.hidden() ? Boolean.TRUE : null);
        row.put("segment", c.segment());
        return row;
    }

    static Map<String, Object> outgoing(OutgoingReply r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("comment_id", r.commentId());
        row.put("text", r.text());
        row.put("private", r.isPrivate());
        row.put("from_draft", r.fromDraft());
        row.put("state", r.state().code());
        row.put("error", r.error());
        row.put("platform_id", r.platformId());
        row.put("created_at", r.createdAt());
        row.put("sent_at", r.sentAt());
        return row;
    }

    static Map<String, Object> draft(AnswerDraft d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", d.text());
        row.put("language", d.language());
        row.put("asked", d.asked().stream().map(a -> a.code()).sorted().toList());
        row.put("item_id", d.itemId());
        row.put("matched", d.matched());
        row.put("missing", d.missing());
        return row;
    }
}
