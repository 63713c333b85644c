package io.vitrine.platform.api;

import java.util.List;

/**
 * {@code GET /v1/comments?cursor=C&limit=N}: the brand's comments and replies after {@code cursor}, a comment
 * always before its replies. Like the event feed: store the comments and {@code nextCursor} together, ask again
 * while {@code hasMore}; a page may repeat comments already delivered (store them by id).
 */
public record CommentPage(List<Comment> comments, String nextCursor, boolean hasMore) {
    public CommentPage {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
