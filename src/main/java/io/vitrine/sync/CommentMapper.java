package io.vitrine.sync;

import io.vitrine.conversation.Comment;
import io.vitrine.insights.Segment;
import io.vitrine.platform.api.CommentAuthor;
import io.vitrine.platform.api.CommentVisibility;
import io.vitrine.platform.api.EventSegment;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.util.Map;

/** The platform's comment as the workspace keeps it: its post or poll by local id (when this workspace has it). */
final class CommentMapper {
    private final SyncStateRepository state;

    CommentMapper(SyncStateRepository state) {
        this.state = state;
    }

    /** For a page: the brand's platform ids → local ids, read once. */
    Comment local(long brandId, io.vitrine.platform.api.Comment c, Map<String, Long> posts, Map<String, Long> polls) {
        Long post = c.postId() == null ? null : posts.get(c.postId());
        Long poll = c.pollId() == null ? null : polls.get(c.pollId());
        return comment(brandId, c, post, poll);
    }

    /** For one comment (a reply just sent). */
    Comment local(Sql sql, long brandId, io.vitrine.platform.api.Comment c) throws SQLException {
        Long post = c.postId() == null ? null : state.localId(sql, PublicationKind.POST, c.postId()).orElse(null);
        Long poll = c.pollId() == null ? null : state.localId(sql, PublicationKind.POLL, c.pollId()).orElse(null);
        return comment(brandId, c, post, poll);
    }

    private static Comment comment(long brandId, io.vitrine.platform.api.Comment c, Long post, Long poll) {
        EventSegment s = c.segment();
        Segment segment = s == null ? Segment.UNKNOWN : new Segment(s.interest(), s.region(), s.ageBand(), s.returning());
        return new Comment(c.id(), brandId, post, post == null ? poll : null, c.parentId(), null,
                c.author() == CommentAuthor.BRAND, c.authorName(), c.text() == null ? "" : c.text(), c.language(),
                c.visibility() == CommentVisibility.PRIVATE, c.automationRule(), c.occurredAt(), segment,
                Boolean.TRUE.equals(c.hidden()));
    }

    /** The platform's id of the publication a comment is under (kept for a publication this workspace lacks). */
    static String publicationRef(io.vitrine.platform.api.Comment c) {
        return c.postId() != null ? c.postId() : c.pollId();
    }
}
