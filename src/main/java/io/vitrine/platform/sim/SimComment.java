package io.vitrine.platform.sim;

import io.vitrine.platform.api.Comment;
import io.vitrine.platform.api.CommentAuthor;
import io.vitrine.platform.api.CommentVisibility;
import io.vitrine.platform.api.EventSegment;
import java.time.Instant;

/**
 * A comment as the simulator keeps it: the audience's (its id is its comment event's), or the brand's reply
 * (by hand through the API, or by automation rule {@code automationRule}). Immutable; whether it is hidden
 * and privately answered is state of the brand, added when it is served.
 */
record SimComment(String id, String postId, String pollId, String parentId, CommentAuthor author, String authorName,
                  String text, Instant occurredAt, String language, CommentVisibility visibility, Integer automationRule,
                  EventSegment segment) {

    String publicationId() {
        return postId != null ? postId : pollId;
    }

    boolean byAudience() {
        return author == CommentAuthor.AUDIENCE;
    }

    boolean isPrivate() {
        return visibility == CommentVisibility.PRIVATE;
    }

    Comment toComment(boolean hidden, boolean privateReplied) {
        return new Comment(id, postId, pollId, parentId, author, authorName, text, occurredAt, language, visibility,
                automationRule, hidden ? Boolean.TRUE : null, privateReplied ? Boolean.TRUE : null, segment);
    }
}
