package io.vitrine.platform.api;

import java.util.List;

/** {@code GET /v1/posts/{id}/comments} and {@code /v1/polls/{id}/comments}: every comment of one publication, oldest first. */
public record CommentList(List<Comment> comments) {
    public CommentList {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
